"""Sample laws and treaty status for the demo (shown on screen as sample data).

Titles, numbers and years are public facts; provision texts are short summaries written for the
demo, not the official wording. Articles are Budapest Convention numbers ("2") or UN Convention
keys ("un-15"). Treaty dates come from the Council of Europe treaty office's public records as
we know them; entries marked "to be confirmed" need checking by the country's focal point.
"""

# (country, number, kind, language, title, title_en, status, enacted_on, in_force_on, source_url, summary,
#  [(provision number, heading, text, aspect, [articles])])
S, P, C = "substantive", "procedural", "cooperation"

LAWS = [
    ("AR", "Ley 26.388", "statute", "es", "Ley de Delitos Informáticos (modificación del Código Penal)",
     "Cybercrime Law (amending the Criminal Code)", "in_force", "2008-06-04", None,
     "http://servicios.infoleg.gob.ar/infolegInternet/anexos/140000-144999/141790/norma.htm",
     "Incorpora al Código Penal los delitos informáticos: acceso ilegítimo, daño informático, fraude informático e "
     "interceptación de comunicaciones electrónicas.",
     [("Art. 153", "Violación de comunicaciones electrónicas",
       "Sanciona a quien abriere o accediere indebidamente a una comunicación electrónica o la interceptare o "
       "captare.", S, ["3"]),
      ("Art. 153 bis", "Acceso ilegítimo a un sistema informático",
       "Sanciona a quien a sabiendas accediere sin autorización o excediendo la autorización a un sistema o dato "
       "informático de acceso restringido.", S, ["2"]),
      ("Art. 173 inc. 16", "Fraude informático",
       "Defrauda quien mediante cualquier técnica de manipulación informática altere el normal funcionamiento de "
       "un sistema informático o la transmisión de datos.", S, ["8"]),
      ("Art. 183, segundo párrafo", "Daño informático",
       "Sanciona a quien alterare, destruyere o inutilizare datos, documentos, programas o sistemas informáticos, "
       "o distribuyere programas destinados a causar daños.", S, ["4", "5", "6"]),
      ("Art. 197", "Interrupción de comunicaciones",
       "Sanciona a quien interrumpiere o entorpeciere la comunicación telegráfica, telefónica o de otra "
       "naturaleza.", S, ["5"]),
      ("Art. 128", "Representaciones de menores de dieciocho años",
       "Sanciona la producción, financiación, ofrecimiento, comercio, publicación y distribución de "
       "representaciones de menores de dieciocho años dedicados a actividades sexuales explícitas.", S,
       ["9", "un-14"])]),
    ("AR", "Ley 26.904", "statute", "es", "Ley de Grooming (incorpora el artículo 131 al Código Penal)",
     "Grooming Act (adding article 131 to the Criminal Code)", "in_force", "2013-11-13", None, "",
     "Tipifica el contacto con menores por medios electrónicos con el propósito de cometer un delito contra su "
     "integridad sexual.",
     [("Art. 131", "Grooming",
       "Sanciona a quien por medio de comunicaciones electrónicas, telecomunicaciones o cualquier otra tecnología de "
       "transmisión de datos contactare a una persona menor de edad con el propósito de cometer un delito contra "
       "su integridad sexual.", S, ["un-15"])]),
    ("AR", "Ley 27.411", "statute", "es", "Aprobación del Convenio sobre Ciberdelito del Consejo de Europa",
     "Approval of the Council of Europe Convention on Cybercrime", "in_force", "2017-11-22", None, "",
     "Aprueba el Convenio de Budapest con reservas y declaraciones.",
     [("Art. 1", "Aprobación del Convenio",
       "Apruébase el Convenio sobre Ciberdelito del Consejo de Europa, adoptado en Budapest el 23 de noviembre de "
       "2001, cuya copia forma parte de la presente ley.", C, ["23", "25"]),
      ("Art. 2-6", "Reservas y declaraciones",
       "Formula reservas y declaraciones sobre artículos del Convenio, incluidos aspectos de jurisdicción y de "
       "asistencia mutua.", C, ["22", "27"])]),

    ("BR", "Lei nº 12.737/2012", "statute", "pt", "Lei Carolina Dieckmann: tipificação criminal de delitos "
     "informáticos", "Carolina Dieckmann Act: criminal offences against computer systems", "in_force", "2012-11-30",
     "2013-04-02", "https://www.planalto.gov.br/ccivil_03/_ato2011-2014/2012/lei/l12737.htm",
     "Altera o Código Penal para tipificar a invasão de dispositivo informático e a interrupção de serviço "
     "telemático.",
     [("Art. 154-A", "Invasão de dispositivo informático",
       "Pune quem invadir dispositivo informático alheio, mediante violação indevida de mecanismo de segurança, com "
       "o fim de obter, adulterar ou destruir dados ou informações sem autorização.", S, ["2", "4"]),
      ("Art. 154-A, § 1º", "Produção e difusão de programa",
       "Na mesma pena incorre quem produz, oferece, distribui, vende ou difunde dispositivo ou programa de "
       "computador com o intuito de permitir a prática da conduta.", S, ["6"]),
      ("Art. 266, § 1º", "Interrupção de serviço telemático",
       "Incorre na mesma pena quem interrompe serviço telemático ou de informação de utilidade pública, ou impede "
       "ou dificulta-lhe o restabelecimento.", S, ["5"]),
      ("Art. 298, parágrafo único", "Falsificação de cartão",
       "Equipara-se a documento particular o cartão de crédito ou débito.", S, ["7"])]),
    ("BR", "Lei nº 12.965/2014", "statute", "pt", "Marco Civil da Internet", "Brazilian Civil Rights Framework for "
     "the Internet", "in_force", "2014-04-23", "2014-06-23",
     "https://www.planalto.gov.br/ccivil_03/_ato2011-2014/2014/lei/l12965.htm",
     "Estabelece princípios, garantias, direitos e deveres para o uso da internet, incluindo a guarda de registros "
     "de conexão e de acesso a aplicações.",
     [("Art. 10", "Proteção aos registros, dados pessoais e comunicações privadas",
       "A guarda e a disponibilização dos registros de conexão e de acesso a aplicações devem atender à preservação "
       "da intimidade e da vida privada; o conteúdo das comunicações só pode ser disponibilizado mediante ordem "
       "judicial.", P, ["15"]),
      ("Art. 13", "Guarda de registros de conexão",
       "O provedor de conexão deve manter os registros de conexão, sob sigilo, pelo prazo de um ano; a autoridade "
       "policial ou o Ministério Público poderá requerer cautelarmente que sejam guardados por prazo superior.", P,
       ["16", "17"]),
      ("Art. 15", "Guarda de registros de acesso a aplicações",
       "O provedor de aplicações deve manter os registros de acesso a aplicações de internet pelo prazo de seis "
       "meses.", P, ["16"]),
      ("Art. 22", "Requisição judicial de registros",
       "A parte interessada poderá requerer ao juiz que ordene ao responsável pela guarda o fornecimento de "
       "registros de conexão ou de acesso a aplicações de internet.", P, ["18"])]),
    ("BR", "Lei nº 14.155/2021", "statute", "pt", "Agravamento das penas dos crimes de invasão de dispositivo, "
     "furto e estelionato praticados de forma eletrônica", "Harsher penalties for device intrusion and electronic "
     "theft and fraud", "in_force", "2021-05-27", None,
     "https://www.planalto.gov.br/ccivil_03/_ato2019-2022/2021/lei/L14155.htm",
     "Torna mais graves os crimes de violação de dispositivo informático, furto e estelionato cometidos de forma "
     "eletrônica ou pela internet.",
     [("Art. 171, § 2º-A", "Fraude eletrônica",
       "Pena agravada se a fraude é cometida com a utilização de informações fornecidas pela vítima induzida a erro "
       "por meio de redes sociais, contatos telefônicos ou envio de correio eletrônico fraudulento.", S,
       ["8", "un-13"]),
      ("Art. 155, § 4º-B", "Furto mediante fraude eletrônica",
       "Pena agravada se o furto mediante fraude é cometido por meio de dispositivo eletrônico ou informático.", S,
       ["8"])]),
    ("BR", "Lei nº 11.829/2008", "statute", "pt", "Combate à pornografia infantil na internet (altera o Estatuto da "
     "Criança e do Adolescente)", "Fighting child sexual abuse material online (amending the Child and Adolescent "
     "Statute)", "in_force", "2008-11-25", None,
     "https://www.planalto.gov.br/ccivil_03/_ato2007-2010/2008/lei/l11829.htm",
     "Aprimora o combate à produção, venda e distribuição de pornografia infantil e criminaliza a aquisição e a "
     "posse de tal material.",
     [("Art. 241-A", "Divulgação por sistema de informática",
       "Pune quem oferecer, trocar, disponibilizar, transmitir, distribuir ou divulgar por qualquer meio, inclusive "
       "por sistema de informática ou telemático, registro que contenha cena de sexo explícito envolvendo criança "
       "ou adolescente.", S, ["9", "un-14"]),
      ("Art. 241-B", "Aquisição e posse", "Pune quem adquirir, possuir ou armazenar, por qualquer meio, registro "
       "que contenha cena de sexo explícito envolvendo criança ou adolescente.", S, ["9"]),
      ("Art. 241-D", "Aliciamento", "Pune quem aliciar, assediar, instigar ou constranger, por qualquer meio de "
       "comunicação, criança com o fim de com ela praticar ato libidinoso.", S, ["un-15"])]),

    ("CL", "Ley 21.459", "statute", "es", "Establece normas sobre delitos informáticos, deroga la Ley N° 19.223 y "
     "modifica otros cuerpos legales con el objeto de adecuarlos al Convenio de Budapest",
     "Cybercrime Act adapting Chilean law to the Budapest Convention", "in_force", "2022-06-20", None,
     "https://www.bcn.cl/leychile/navegar?idNorma=1177743",
     "Tipifica los delitos informáticos conforme al Convenio de Budapest y actualiza las reglas procesales.",
     [("Art. 1", "Ataque a la integridad de un sistema informático",
       "Sanciona a quien obstaculice o impida el normal funcionamiento de un sistema informático mediante la "
       "introducción, transmisión, daño, deterioro, alteración o supresión de datos informáticos.", S, ["5", "un-10"]),
      ("Art. 2", "Acceso ilícito",
       "Sanciona a quien sin autorización o excediendo la autorización y superando barreras técnicas acceda a un "
       "sistema informático.", S, ["2", "un-7"]),
      ("Art. 3", "Interceptación ilícita",
       "Sanciona a quien indebidamente intercepte, interrumpa o interfiera, por medios técnicos, la transmisión no "
       "pública de información en un sistema informático.", S, ["3", "un-8"]),
      ("Art. 4", "Ataque a la integridad de los datos informáticos",
       "Sanciona a quien indebidamente altere, dañe o suprima datos informáticos, siempre que con ello se cause un "
       "daño grave al titular.", S, ["4", "un-9"]),
      ("Art. 5", "Falsificación informática",
       "Sanciona a quien indebidamente introduzca, altere, dañe o suprima datos informáticos con la intención de que "
       "sean tomados como auténticos.", S, ["7"]),
      ("Art. 7", "Fraude informático",
       "Sanciona a quien, causando perjuicio a otro, con la finalidad de obtener un beneficio económico, manipule un "
       "sistema informático mediante la introducción, alteración, daño o supresión de datos.", S, ["8", "un-13"]),
      ("Art. 8", "Abuso de los dispositivos",
       "Sanciona a quien entregue u obtenga para su utilización, importe, difunda o ponga a disposición dispositivos, "
       "programas computacionales o contraseñas creados para cometer los delitos anteriores.", S, ["6", "un-11"])]),
    ("CL", "Ley 19.223", "statute", "es", "Tipifica figuras penales relativas a la informática",
     "Computer crime act (1993)", "repealed", "1993-06-07", None, "",
     "Primera ley chilena de delitos informáticos; derogada por la Ley 21.459.",
     [("Art. 2", "Acceso indebido a información",
       "Sancionaba a quien con el ánimo de apoderarse, usar o conocer indebidamente la información contenida en un "
       "sistema de tratamiento de la misma, lo intercepte, interfiera o acceda a él.", S, ["2", "3"])]),

    ("CO", "Ley 1273 de 2009", "statute", "es", "Ley 1273 de 2009: de la protección de la información y de los datos",
     "Act 1273 of 2009 on the protection of information and data", "in_force", "2009-01-05", None,
     "http://www.secretariasenado.gov.co/senado/basedoc/ley_1273_2009.html",
     "Modifica el Código Penal y crea el bien jurídico tutelado de la protección de la información y de los datos.",
     [("Art. 269A", "Acceso abusivo a un sistema informático",
       "Sanciona a quien, sin autorización o por fuera de lo acordado, acceda en todo o en parte a un sistema "
       "informático protegido o no con una medida de seguridad.", S, ["2"]),
      ("Art. 269B", "Obstaculización ilegítima de sistema informático o red de telecomunicación",
       "Sanciona a quien impida u obstaculice el funcionamiento o el acceso normal a un sistema informático, a los "
       "datos informáticos allí contenidos o a una red de telecomunicaciones.", S, ["5"]),
      ("Art. 269C", "Interceptación de datos informáticos",
       "Sanciona a quien, sin orden judicial previa, intercepte datos informáticos en su origen, destino o en el "
       "interior de un sistema informático.", S, ["3"]),
      ("Art. 269D", "Daño informático",
       "Sanciona a quien destruya, dañe, borre, deteriore, altere o suprima datos informáticos o un sistema de "
       "tratamiento de información.", S, ["4"]),
      ("Art. 269E", "Uso de software malicioso",
       "Sanciona a quien produzca, trafique, adquiera, distribuya, venda, envíe, introduzca o extraiga software "
       "malicioso u otros programas de computación de efectos dañinos.", S, ["6"]),
      ("Art. 269I", "Hurto por medios informáticos y semejantes",
       "Sanciona el hurto cometido manipulando un sistema informático, una red de sistema electrónico, telemático u "
       "otro medio semejante.", S, ["8"])]),
    ("CO", "Ley 1928 de 2018", "statute", "es", "Por medio de la cual se aprueba el Convenio sobre la "
     "Ciberdelincuencia, adoptado el 23 de noviembre de 2001, en Budapest",
     "Act approving the Convention on Cybercrime", "in_force", "2018-07-24", None, "",
     "Aprueba el Convenio de Budapest como paso previo a la adhesión de Colombia.",
     [("Art. 1", "Aprobación", "Apruébase el Convenio sobre la Ciberdelincuencia adoptado en Budapest.", C,
       ["23", "35"])]),

    ("PE", "Ley N° 30096", "statute", "es", "Ley de Delitos Informáticos", "Cybercrime Act", "amended",
     "2013-10-22", None, "",
     "Previene y sanciona las conductas ilícitas que afectan los sistemas y datos informáticos.",
     [("Art. 2", "Acceso ilícito",
       "Sanciona a quien deliberada e ilegítimamente accede a todo o en parte de un sistema informático, siempre "
       "que se realice con vulneración de medidas de seguridad.", S, ["2"]),
      ("Art. 3", "Atentado a la integridad de datos informáticos",
       "Sanciona a quien deliberada e ilegítimamente daña, introduce, borra, deteriora, altera, suprime o hace "
       "inaccesibles datos informáticos.", S, ["4"]),
      ("Art. 4", "Atentado a la integridad de sistemas informáticos",
       "Sanciona a quien inutiliza, total o parcialmente, un sistema informático o impide el acceso a este.", S,
       ["5"]),
      ("Art. 5", "Proposiciones a niños, niñas y adolescentes con fines sexuales por medios tecnológicos",
       "Sanciona a quien a través de internet u otro medio análogo contacta con un menor de catorce años para "
       "solicitar u obtener de él material pornográfico o para llevar a cabo actividades sexuales.", S, ["un-15"]),
      ("Art. 7", "Interceptación de datos informáticos",
       "Sanciona a quien deliberada e ilegítimamente intercepta datos informáticos en transmisiones no públicas.",
       S, ["3"]),
      ("Art. 8", "Fraude informático",
       "Sanciona a quien procura para sí o para otro un provecho ilícito en perjuicio de tercero mediante el diseño, "
       "introducción, alteración, borrado o supresión de datos informáticos.", S, ["8"])]),
    ("PE", "Ley N° 30171", "statute", "es", "Ley que modifica la Ley 30096, Ley de Delitos Informáticos",
     "Act amending the Cybercrime Act", "in_force", "2014-03-10", None, "",
     "Adecúa la Ley de Delitos Informáticos a los estándares del Convenio de Budapest.",
     [("Art. 1", "Modificación de los artículos 2, 3, 4, 5, 7, 8 y 10",
       "Incorpora los términos deliberada e ilegítimamente en la descripción de los delitos informáticos.", S,
       ["2", "4", "5"]),
      ("Art. 10", "Abuso de mecanismos y dispositivos informáticos",
       "Sanciona a quien deliberada e ilegítimamente fabrica, diseña, desarrolla, vende, facilita o utiliza "
       "mecanismos, programas informáticos, contraseñas o códigos de acceso para cometer delitos informáticos.", S,
       ["6"])]),

    ("MX", "Código Penal Federal", "code", "es", "Código Penal Federal: Título Noveno, Capítulo II, Acceso ilícito "
     "a sistemas y equipos de informática", "Federal Criminal Code: unlawful access to computer systems and "
     "equipment", "amended", "1931-08-14", None, "https://www.diputados.gob.mx/LeyesBiblio/pdf/CPF.pdf",
     "Los artículos 211 bis 1 a 211 bis 7 (reforma publicada en 1999) sancionan el acceso ilícito a sistemas y "
     "equipos de informática protegidos por algún mecanismo de seguridad.",
     [("Art. 211 bis 1", "Sistemas de particulares",
       "Sanciona a quien sin autorización modifique, destruya o provoque pérdida de información contenida en "
       "sistemas o equipos de informática protegidos por algún mecanismo de seguridad, o la conozca o copie.", S,
       ["2", "4"]),
      ("Art. 211 bis 2", "Sistemas del Estado",
       "Sanciona las mismas conductas cuando se cometen sobre sistemas o equipos de informática del Estado.", S,
       ["2", "4"]),
      ("Art. 211 bis 4", "Sistemas de las instituciones que integran el sistema financiero",
       "Sanciona el acceso no autorizado y la modificación de información en equipos de las instituciones del "
       "sistema financiero.", S, ["2", "4"]),
      ("Art. 211 bis 7", "Agravante", "Aumenta las penas cuando la información obtenida se utilice en provecho "
       "propio o ajeno.", S, ["13"])]),
    ("MX", "Ley Federal de Telecomunicaciones y Radiodifusión", "statute", "es",
     "Ley Federal de Telecomunicaciones y Radiodifusión", "Federal Telecommunications and Broadcasting Act",
     "amended", "2014-07-14", None, "https://www.diputados.gob.mx/LeyesBiblio/pdf/LFTR.pdf",
     "Establece obligaciones de los concesionarios de colaborar con las autoridades de seguridad y justicia.",
     [("Art. 189", "Colaboración con la justicia",
       "Los concesionarios y autorizados están obligados a atender todo mandamiento por escrito, fundado y motivado "
       "de la autoridad competente.", P, ["18"]),
      ("Art. 190, fracción I", "Localización geográfica en tiempo real",
       "Colaborar con las instancias de seguridad y procuración de justicia en la localización geográfica, en tiempo "
       "real, de los equipos de comunicación móvil.", P, ["20"]),
      ("Art. 190, fracción II", "Conservación de registros",
       "Conservar un registro y control de comunicaciones que permita identificar con precisión origen, destino, "
       "fecha, hora y duración de las comunicaciones, durante veinticuatro meses.", P, ["16", "17"])]),

    ("DO", "Ley No. 53-07", "statute", "es", "Ley sobre Crímenes y Delitos de Alta Tecnología",
     "High Technology Crimes Act", "in_force", "2007-04-23", None, "",
     "Protege los sistemas que utilizan tecnologías de información y comunicación y establece las reglas "
     "procesales y de cooperación internacional aplicables.",
     [("Art. 6", "Acceso ilícito",
       "Sanciona el hecho de acceder a un sistema electrónico, informático, telemático o de telecomunicaciones sin "
       "autorización o excediendo la autorizada.", S, ["2"]),
      ("Art. 54", "Facultades del Ministerio Público",
       "Regula la conservación, el registro y la incautación de datos y la obtención de datos de tráfico y "
       "contenido, con autorización judicial.", P, ["16", "19", "20"])]),
    ("CR", "Ley N° 9048", "statute", "es", "Reforma de la Sección VIII, Delitos Informáticos y Conexos, del Título "
     "VII del Código Penal", "Reform of the Criminal Code on computer and related offences", "in_force",
     "2012-11-06", None, "",
     "Actualiza los delitos informáticos del Código Penal.",
     [("Art. 217 bis", "Estafa informática",
       "Sanciona a quien, en perjuicio de una persona física o jurídica, manipule o influya en el ingreso, "
       "procesamiento o resultado de los datos de un sistema automatizado de información.", S, ["8"]),
      ("Art. 229 bis", "Daño informático",
       "Sanciona a quien, sin autorización, borre, suprima, modifique o inutilice los datos registrados en una "
       "computadora.", S, ["4"]),
      ("Art. 229 ter", "Sabotaje informático",
       "Sanciona a quien, en provecho propio o de un tercero, destruya, altere, entorpezca o inutilice la "
       "información contenida en una base de datos, o impida el funcionamiento de un sistema.", S, ["5"]),
      ("Art. 232", "Instalación o propagación de programas informáticos maliciosos",
       "Sanciona a quien sin autorización instale programas informáticos maliciosos en un sistema o red, o los "
       "ofrezca o distribuya.", S, ["6"])]),
    ("PY", "Ley N° 4439/2011", "statute", "es", "Que modifica y amplía varios artículos de la Ley N° 1160/97 "
     "Código Penal", "Act amending the Criminal Code on computer offences", "in_force", "2011-10-03", None, "",
     "Incorpora al Código Penal los hechos punibles de acceso indebido, interceptación y sabotaje de sistemas "
     "informáticos.",
     [("Art. 146b", "Acceso indebido a datos",
       "Sanciona a quien, sin autorización y violando sistemas de seguridad, obtuviere para sí o para terceros el "
       "acceso a datos no destinados a él.", S, ["2"]),
      ("Art. 146c", "Interceptación de datos",
       "Sanciona a quien, sin autorización y utilizando medios técnicos, obtuviere datos en proceso de transferencia "
       "o emitidos electromagnéticamente.", S, ["3"]),
      ("Art. 175", "Sabotaje de sistemas informáticos",
       "Sanciona a quien obstaculizare un procesamiento de datos de un particular, de una empresa o de una "
       "entidad de la administración pública.", S, ["5"]),
      ("Art. 188", "Estafa mediante sistemas informáticos",
       "Sanciona a quien, con la intención de obtener un beneficio patrimonial, influyere sobre el resultado de un "
       "procesamiento de datos.", S, ["8"])]),
    ("PA", "Ley 14 de 2007", "code", "es", "Código Penal de la República de Panamá",
     "Criminal Code of Panama", "amended", "2007-05-18", None, "",
     "El Título VIII del Código Penal tipifica los delitos contra la seguridad jurídica de los medios "
     "electrónicos.",
     [("Art. 289", "Acceso indebido",
       "Sanciona a quien indebidamente se apodere, copie, utilice o modifique los datos en tránsito o contenidos en "
       "una base de datos o sistema informático, o interfiera, intercepte u obstaculice su transmisión.", S,
       ["2", "3", "4"]),
      ("Art. 290", "Agravantes",
       "Agrava la pena cuando la conducta recae sobre datos de instituciones públicas, bancarias o de salud.", S,
       ["13"])]),
    ("EC", "COIP", "code", "es", "Código Orgánico Integral Penal", "Comprehensive Organic Criminal Code",
     "amended", "2014-02-10", "2014-08-10", "",
     "Código penal, procesal penal y de ejecución de penas; incluye los delitos contra la seguridad de los activos "
     "de los sistemas de información y comunicación.",
     [("Art. 230", "Interceptación ilegal de datos",
       "Sanciona a quien sin orden judicial previa intercepte, escuche, desvíe, grabe u observe un dato "
       "informático en su origen, destino o en el interior de un sistema informático.", S, ["3"]),
      ("Art. 231", "Transferencia electrónica de activo patrimonial",
       "Sanciona a quien, con ánimo de lucro, altere, manipule o modifique el funcionamiento de un programa o "
       "sistema informático para procurarse la transferencia no consentida de un activo patrimonial.", S, ["8"]),
      ("Art. 232", "Ataque a la integridad de sistemas informáticos",
       "Sanciona a quien destruya, dañe, borre, deteriore, altere, suspenda, trabe o cause mal funcionamiento de "
       "datos o sistemas informáticos.", S, ["4", "5"]),
      ("Art. 234", "Acceso no consentido a un sistema informático, telemático o de telecomunicaciones",
       "Sanciona a quien sin autorización acceda en todo o en parte a un sistema informático o se mantenga dentro "
       "del mismo en contra de la voluntad de quien tenga el legítimo derecho.", S, ["2"]),
      ("Art. 500", "Contenido digital",
       "Regula el análisis, valoración, recuperación y presentación del contenido digital almacenado en "
       "dispositivos o sistemas informáticos.", P, ["19"])]),
    ("GT", "Decreto 33-96", "decree", "es", "Reformas al Código Penal (Decreto 17-73): delitos informáticos",
     "Amendments to the Criminal Code: computer offences", "in_force", "1996-06-25", None, "",
     "Adiciona al Código Penal los artículos 274 A a 274 G sobre delitos informáticos.",
     [("Art. 274 A", "Destrucción de registros informáticos",
       "Sanciona a quien destruyere, borrare o de cualquier modo inutilizare registros informáticos.", S, ["4"]),
      ("Art. 274 C", "Reproducción de instrucciones o programas de computación",
       "Sanciona a quien, sin autorización del autor, copiare o de cualquier modo reprodujere las instrucciones o "
       "programas de computación.", S, ["10"]),
      ("Art. 274 G", "Programas destructivos",
       "Sanciona a quien distribuyere o pusiere en circulación programas o instrucciones destructivas que puedan "
       "causar perjuicio a los registros, programas o equipos de computación.", S, ["6"])]),
    ("SV", "Decreto Legislativo N° 260", "statute", "es", "Ley Especial contra los Delitos Informáticos y Conexos",
     "Special Act against Computer and Related Crimes", "in_force", "2016-02-04", None, "",
     "Protege los bienes jurídicos de quienes usan las tecnologías de la información y comunicación.",
     [("Art. 4", "Acceso indebido a sistemas informáticos",
       "Sanciona a quien intencionalmente y sin autorización acceda, intercepte o utilice parcial o totalmente un "
       "sistema informático.", S, ["2"]),
      ("Art. 10", "Estafa informática",
       "Sanciona a quien manipule o influya en el ingreso, procesamiento o resultado de los datos de un sistema "
       "informático para obtener un beneficio.", S, ["8"])]),
    ("BO", "Ley N° 1768", "statute", "es", "Ley de Modificaciones al Código Penal",
     "Act amending the Criminal Code", "in_force", "1997-03-10", None, "",
     "Incorpora los artículos 363 bis y 363 ter sobre manipulación informática y alteración de datos.",
     [("Art. 363 bis", "Manipulación informática",
       "Sanciona a quien con la intención de obtener un beneficio indebido manipule un procesamiento o "
       "transferencia de datos informáticos.", S, ["8"]),
      ("Art. 363 ter", "Alteración, acceso y uso indebido de datos informáticos",
       "Sanciona a quien sin estar autorizado se apodere, acceda, utilice, modifique, suprima o inutilice datos "
       "almacenados en una computadora.", S, ["2", "4"])]),
    ("VE", "Gaceta Oficial N° 37.313", "statute", "es", "Ley Especial contra los Delitos Informáticos",
     "Special Cybercrime Act", "in_force", "2001-10-30", None, "",
     "Protege los sistemas que utilicen tecnologías de información y previene y sanciona los delitos cometidos "
     "contra ellos o mediante su uso.",
     [("Art. 6", "Acceso indebido",
       "Sanciona a quien sin la debida autorización o excediendo la que hubiere obtenido acceda, intercepte, "
       "interfiera o use un sistema que utilice tecnologías de información.", S, ["2", "3"]),
      ("Art. 7", "Sabotaje o daño a sistemas",
       "Sanciona a quien destruya, dañe, modifique o realice cualquier acto que altere el funcionamiento o inutilice "
       "un sistema que utilice tecnologías de información.", S, ["4", "5"]),
      ("Art. 14", "Fraude",
       "Sanciona a quien a través del uso indebido de tecnologías de información manipule sistemas o datos para "
       "obtener un provecho injusto en perjuicio ajeno.", S, ["8"])]),
    ("NI", "Ley N° 1042", "statute", "es", "Ley Especial de Ciberdelitos", "Special Cybercrime Act", "in_force",
     "2020-10-27", None, "",
     "Prevención, investigación, persecución y sanción de los delitos cometidos por medio de las tecnologías de la "
     "información y la comunicación.",
     [("Art. 4", "Acceso indebido a sistemas informáticos",
       "Sanciona a quien intencionalmente y sin autorización acceda a un sistema informático.", S, ["2"])]),

    ("JM", "Cybercrimes Act, 2015", "statute", "en", "The Cybercrimes Act, 2015", "The Cybercrimes Act, 2015",
     "in_force", "2015-12-01", None, "",
     "Provides criminal sanctions for the misuse of computer systems or data and the abuse of electronic means of "
     "communication; replaced the Cybercrimes Act, 2010.",
     [("s. 3", "Unauthorised access to computer program or data",
       "A person who knowingly obtains unauthorised access to any program or data held in a computer commits an "
       "offence.", S, ["2"]),
      ("s. 5", "Unauthorised modification of computer program or data",
       "Doing any act that the person knows will cause an unauthorised modification of the contents of a computer "
       "is an offence.", S, ["4"]),
      ("s. 6", "Unauthorised interception of computer function or service",
       "Knowingly and without authorisation intercepting any function of, or data within, a computer is an "
       "offence.", S, ["3"]),
      ("s. 8", "Computer-related fraud or forgery",
       "Using a computer to commit fraud or forgery, or to obtain a benefit by deception, is an offence.", S,
       ["7", "8"])]),
    ("TT", "Act No. 86 of 2000", "statute", "en", "Computer Misuse Act", "Computer Misuse Act", "in_force",
     "2000-12-01", None, "",
     "Makes unauthorised access to and use of computer material an offence.",
     [("s. 3", "Unauthorised access to computer material",
       "A person who knowingly secures access without authority to any program or data held in a computer commits "
       "an offence.", S, ["2"]),
      ("s. 5", "Unauthorised modification of computer material",
       "Doing any act which causes an unauthorised modification of the contents of any computer is an offence.", S,
       ["4"])]),
    ("TT", "Cybercrime Bill, 2017", "statute", "en", "Cybercrime Bill, 2017", "Cybercrime Bill, 2017", "bill", None,
     None, "",
     "A bill to provide for the creation of offences related to cybercrime and for related matters.",
     [("cl. 8", "Illegal access", "Intentionally and without lawful excuse accessing a computer system would be an "
       "offence.", S, ["2"]),
      ("cl. 17", "Preservation of data", "A police officer could apply for an order for the expedited preservation "
       "of computer data.", P, ["16"])]),
    ("BB", "Cap. 124B", "statute", "en", "Computer Misuse Act, 2005", "Computer Misuse Act, 2005", "in_force",
     "2005-06-01", None, "",
     "Creates offences of illegal access, interference with data and systems, interception and illegal devices.",
     [("s. 4", "Illegal access", "Intentionally and without lawful excuse accessing the whole or any part of a "
       "computer system is an offence.", S, ["2"]),
      ("s. 6", "Interfering with computer system", "Intentionally and without lawful excuse hindering the "
       "functioning of a computer system is an offence.", S, ["5"]),
      ("s. 7", "Illegal interception of data", "Intercepting, without lawful excuse, any transmission to, from or "
       "within a computer system is an offence.", S, ["3"])]),
    ("GY", "Act No. 16 of 2018", "statute", "en", "Cyber Crime Act 2018", "Cyber Crime Act 2018", "in_force",
     "2018-08-01", None, "",
     "Creates cybercrime offences, provides investigative powers and enables international cooperation.",
     [("s. 3", "Illegal access to a computer system", "Intentionally and without lawful excuse accessing a computer "
       "system is an offence.", S, ["2"]),
      ("Part III", "Investigation powers", "Provides for preservation orders, production orders and search and "
       "seizure of computer data.", P, ["16", "18", "19"])]),
    ("BS", "Computer Misuse Act, 2003", "statute", "en", "Computer Misuse Act, 2003", "Computer Misuse Act, 2003",
     "in_force", "2003-01-01", None, "",
     "Makes provision for securing computer material against unauthorised access or modification.",
     [("s. 3", "Unauthorised access to computer material", "Knowingly causing a computer to perform any function "
       "for the purpose of securing access without authority is an offence.", S, ["2"])]),
    ("AG", "Electronic Crimes Act, 2013", "statute", "en", "Electronic Crimes Act, 2013", "Electronic Crimes Act, "
     "2013", "in_force", "2013-01-01", None, "",
     "Provides for the prevention and punishment of electronic crimes.",
     [("Part II", "Offences", "Creates offences of unauthorised access, interference and electronic fraud.", S,
       ["2", "4", "8"])]),
    ("GD", "Electronic Crimes Act, 2013", "statute", "en", "Electronic Crimes Act, 2013", "Electronic Crimes Act, "
     "2013", "in_force", "2013-01-01", None, "",
     "Provides for offences committed by means of electronic systems and for investigative powers.",
     [("Part II", "Offences", "Creates offences of illegal access, interference with data and electronic "
       "fraud.", S, ["2", "4", "8"])]),

    ("CA", "L.R.C. (1985), ch. C-46", "code", "fr", "Code criminel", "Criminal Code", "amended", "1988-12-12", None,
     "https://laws-lois.justice.gc.ca/fra/lois/c-46/",
     "Le Code criminel réprime l'utilisation non autorisée d'ordinateur, le méfait concernant des données "
     "informatiques et l'interception de communications privées.",
     [("art. 342.1", "Utilisation non autorisée d'ordinateur",
       "Est coupable quiconque, frauduleusement et sans apparence de droit, obtient directement ou indirectement "
       "des services d'ordinateur ou intercepte une fonction d'un ordinateur.", S, ["2", "3"]),
      ("art. 342.2", "Possession de moyens permettant d'utiliser un ordinateur",
       "Est coupable quiconque fabrique, possède, vend ou rend accessible un dispositif conçu pour commettre une "
       "infraction visée à l'article 342.1 ou 430.", S, ["6"]),
      ("par. 430(1.1)", "Méfait concernant des données informatiques",
       "Commet un méfait quiconque volontairement détruit ou modifie des données informatiques, ou en empêche, "
       "interrompt ou gêne l'emploi légitime.", S, ["4", "5"]),
      ("art. 184", "Interception de communications privées",
       "Est coupable quiconque, au moyen d'un dispositif, intercepte volontairement une communication privée.", S,
       ["3"]),
      ("art. 163.1", "Pornographie juvénile",
       "Réprime la production, la distribution, la possession et l'accès à la pornographie juvénile.", S, ["9"])]),
    ("CA", "S.C. 2014, c. 31", "statute", "en", "Protecting Canadians from Online Crime Act",
     "Protecting Canadians from Online Crime Act", "in_force", "2014-12-09", "2015-03-10",
     "https://laws-lois.justice.gc.ca/eng/annualstatutes/2014_31/",
     "Amends the Criminal Code to create the offence of non-consensual distribution of intimate images and to "
     "give investigators preservation demands and orders and new production orders.",
     [("Criminal Code s. 162.1", "Publication of an intimate image without consent",
       "Knowingly publishing or distributing an intimate image of a person without that person's consent is an "
       "offence.", S, ["un-16"]),
      ("Criminal Code s. 487.012", "Preservation demand",
       "A peace officer may demand that a person preserve computer data in their possession or control.", P,
       ["16", "17"]),
      ("Criminal Code s. 487.013", "Preservation order",
       "A justice or judge may order a person to preserve computer data in their possession or control.", P, ["16"]),
      ("Criminal Code s. 487.014", "General production order",
       "A justice or judge may order a person to produce a document or data in their possession or control.", P,
       ["18"]),
      ("Criminal Code s. 487.016", "Production order: transmission data",
       "A justice or judge may order the production of transmission data relating to a telecommunication.", P,
       ["17", "20"])]),

    ("US", "18 U.S.C. § 1030", "statute", "en", "Computer Fraud and Abuse Act", "Computer Fraud and Abuse Act",
     "amended", "1986-10-16", None,
     "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title18-section1030",
     "Federal offences of unauthorised access to protected computers, computer fraud, damage and password "
     "trafficking.",
     [("§ 1030(a)(2)", "Obtaining information by unauthorized access",
       "Intentionally accessing a computer without authorization or exceeding authorized access, and thereby "
       "obtaining information from a protected computer.", S, ["2", "un-7"]),
      ("§ 1030(a)(4)", "Computer fraud",
       "Knowingly and with intent to defraud accessing a protected computer without authorization to obtain "
       "anything of value.", S, ["8"]),
      ("§ 1030(a)(5)", "Damage to a protected computer",
       "Knowingly causing the transmission of a program, information, code or command that intentionally causes "
       "damage without authorization.", S, ["4", "5"]),
      ("§ 1030(a)(6)", "Trafficking in passwords",
       "Knowingly and with intent to defraud trafficking in any password or similar information through which a "
       "computer may be accessed without authorization.", S, ["6"]),
      ("§ 1030(b)", "Attempt and conspiracy", "Whoever conspires to commit or attempts to commit an offence under "
       "subsection (a) is punished as provided.", S, ["11"])]),
    ("US", "18 U.S.C. §§ 2701–2713", "statute", "en", "Stored Communications Act",
     "Stored Communications Act", "amended", "1986-10-21", None,
     "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title18-section2703",
     "Title II of the Electronic Communications Privacy Act: access to stored communications and records held by "
     "service providers.",
     [("§ 2701", "Unlawful access to stored communications",
       "Intentionally accessing without authorization a facility through which an electronic communication service "
       "is provided.", S, ["2"]),
      ("§ 2703", "Required disclosure of customer communications or records",
       "A governmental entity may require a provider to disclose the contents of communications or records under a "
       "warrant, court order or subpoena.", P, ["18"]),
      ("§ 2703(f)", "Requirement to preserve evidence",
       "A provider, on the request of a governmental entity, shall take all necessary steps to preserve records "
       "and other evidence pending a court order, for 90 days.", P, ["16"])]),
    ("US", "18 U.S.C. §§ 2510–2523", "statute", "en", "Wiretap Act", "Wiretap Act", "amended", "1968-06-19", None,
     "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title18-section2511",
     "Title III of the Omnibus Crime Control and Safe Streets Act of 1968, as amended: interception of wire, oral "
     "and electronic communications.",
     [("§ 2511", "Interception and disclosure of communications prohibited",
       "Intentionally intercepting any wire, oral or electronic communication is an offence, save as the chapter "
       "provides.", S, ["3"]),
      ("§ 2518", "Procedure for interception",
       "Interception orders are issued by a judge on application, for serious offences, for a limited time.", P,
       ["21", "15"])]),
    ("US", "Pub. L. 115-141, div. V", "statute", "en", "Clarifying Lawful Overseas Use of Data Act (CLOUD Act)",
     "Clarifying Lawful Overseas Use of Data Act (CLOUD Act)", "in_force", "2018-03-23", None, "",
     "Clarifies that providers must disclose data in their control wherever it is stored, and authorises "
     "executive agreements with foreign governments for access to data.",
     [("18 U.S.C. § 2713", "Required preservation and disclosure of communications and records",
       "A provider shall comply with obligations to preserve, back up or disclose data within its possession, "
       "custody or control, regardless of where it is located.", P, ["18", "32"]),
      ("18 U.S.C. § 2523", "Executive agreements on access to data by foreign governments",
       "Allows qualifying foreign governments, under an executive agreement, to seek data directly from United "
       "States providers.", C, ["25", "31"])]),
]
