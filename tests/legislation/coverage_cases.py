"""Data that makes each coverage rule bite (matrix, profile, comparison, exports, API).

- Argentina: a law in force (arts. 2 and 23) and a repealed law (art. 5); not a party.
- Mexico: an amended law still in force (art. 3).
- Brazil: only a bill (art. 4): its laws are entered, but nothing in force.
- Colombia: a party to the Budapest Convention whose laws in force have no cooperation provision
  (art. 2 only), and a bill implementing art. 24.
- Peru: a party with no law entered at all.
- Antigua and Barbuda (and most other states): no law entered, not a party.
"""

from legislation.models import Law
from tests.legislation.factories import make_law, make_treaty_status

COOPERATION = list(range(23, 36))  # Budapest Convention, chapter III


def make_coverage_cases() -> dict[str, Law]:
    laws = {
        "ar_in_force": make_law("AR", title="Ley vigente", provisions=[
            ("Art. 1", "acceso ilícito vigente", "substantive", ["2"]),
            ("Art. 2", "cooperación vigente", "cooperation", ["23"]),
        ]),
        "ar_repealed": make_law("AR", title="Ley derogada", status=Law.Status.REPEALED,
                                provisions=[("Art. 1", "daño derogado", "substantive", ["5"])]),
        "mx_amended": make_law("MX", title="Código reformado", status=Law.Status.AMENDED,
                               provisions=[("Art. 211 bis", "interceptación reformada", "substantive", ["3"])]),
        "br_bill": make_law("BR", title="Projeto de lei", language="pt", status=Law.Status.BILL, enacted_on=None,
                            provisions=[("Art. 1", "projeto interferência", "substantive", ["4"])]),
        "co_in_force": make_law("CO", title="Ley colombiana", provisions=[
            ("Art. 269A", "acceso abusivo", "substantive", ["2"]),
        ]),
        "co_bill": make_law("CO", title="Proyecto de extradición", status=Law.Status.BILL, enacted_on=None,
                            provisions=[("Art. 1", "proyecto extradición", "cooperation", ["24"])]),
    }
    make_treaty_status("CO", "budapest", "party")
    make_treaty_status("PE", "budapest", "party")
    return laws
