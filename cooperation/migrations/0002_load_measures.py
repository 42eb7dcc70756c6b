"""Seed the nine measures with their legal anchors and plain-language texts in four languages.

Anchors: Budapest Convention articles (domestic power / international cooperation), the Second
Additional Protocol's articles (CETS 224, stored as numbers: the portal keeps no article table
for it) and the matching articles of the 2024 UN Convention against Cybercrime.
"""

from django.db import migrations

# slug: (position, budapest, protocol, un, A-55 applies, {lang: (name, description, first step)})
MEASURES = {
    "preservation": (1, [16, 29], [], [25, 42], True, {
        "en": ("Expedited preservation of stored data",
               "Asks the state that holds the data to have it kept unchanged, quickly, while the formal request for "
               "disclosure is prepared. Nothing is handed over yet.",
               "Send the preservation request through the 24/7 network at once, then prepare the formal request "
               "for disclosure before the preservation period ends."),
        "es": ("Conservación rápida de datos almacenados",
               "Pide al Estado donde están los datos que los conserve sin cambios, con rapidez, mientras se prepara "
               "la solicitud formal de entrega. Todavía no se entrega nada.",
               "Envíe de inmediato la solicitud de conservación por la red 24/7 y prepare la solicitud formal de "
               "entrega antes de que venza el plazo de conservación."),
        "pt": ("Conservação expedita de dados armazenados",
               "Pede ao Estado onde estão os dados que os conserve inalterados, com rapidez, enquanto se prepara o "
               "pedido formal de entrega. Ainda nada é entregue.",
               "Envie imediatamente o pedido de conservação pela rede 24/7 e prepare o pedido formal de entrega "
               "antes do fim do prazo de conservação."),
        "fr": ("Conservation rapide de données stockées",
               "Demande à l'État qui détient les données de les conserver intactes, rapidement, pendant que la "
               "demande formelle de communication est préparée. Rien n'est encore remis.",
               "Envoyez tout de suite la demande de conservation par le réseau 24/7, puis préparez la demande "
               "formelle de communication avant la fin de la période de conservation."),
    }),
    "traffic-data": (2, [17, 30], [], [26, 43], True, {
        "en": ("Expedited partial disclosure of traffic data",
               "When preserving traffic data, the requested state quickly discloses enough of it to identify the "
               "service providers and the path through which a communication was sent.",
               "Ask for preservation through the 24/7 network and, in the same message, for the partial disclosure "
               "of traffic data that identifies the other providers involved."),
        "es": ("Revelación parcial rápida de datos de tráfico",
               "Al conservar datos de tráfico, el Estado requerido revela con rapidez lo suficiente para identificar "
               "a los proveedores de servicios y la vía por la que se transmitió una comunicación.",
               "Pida la conservación por la red 24/7 y, en el mismo mensaje, la revelación parcial de los datos de "
               "tráfico que identifican a los demás proveedores."),
        "pt": ("Divulgação parcial expedita de dados de tráfego",
               "Ao conservar dados de tráfego, o Estado requerido divulga rapidamente o suficiente para identificar "
               "os prestadores de serviços e o caminho pelo qual uma comunicação foi transmitida.",
               "Peça a conservação pela rede 24/7 e, na mesma mensagem, a divulgação parcial dos dados de tráfego "
               "que identificam os outros prestadores."),
        "fr": ("Divulgation partielle rapide de données relatives au trafic",
               "En conservant des données relatives au trafic, l'État requis en divulgue rapidement assez pour "
               "identifier les fournisseurs de services et la voie par laquelle une communication a été transmise.",
               "Demandez la conservation par le réseau 24/7 et, dans le même message, la divulgation partielle des "
               "données relatives au trafic qui identifient les autres fournisseurs."),
    }),
    "subscriber-information": (3, [18], [], [27], True, {
        "en": ("Production order for subscriber information",
               "Obtains from a service provider who the subscriber of an account, number or address is: name, "
               "address, service used and period, but not the content of communications.",
               "Have the data preserved first if it may be deleted; check whether the provider answers direct "
               "requests, which is often faster than mutual assistance."),
        "es": ("Orden de presentación de datos de abonados",
               "Obtiene de un proveedor de servicios quién es el abonado de una cuenta, número o dirección: nombre, "
               "domicilio, servicio utilizado y período, pero no el contenido de las comunicaciones.",
               "Haga conservar primero los datos si pueden borrarse; compruebe si el proveedor atiende solicitudes "
               "directas, a menudo más rápidas que la asistencia mutua."),
        "pt": ("Injunção de apresentação de dados de assinantes",
               "Obtém de um prestador de serviços quem é o assinante de uma conta, número ou endereço: nome, "
               "morada, serviço utilizado e período, mas não o conteúdo das comunicações.",
               "Mande conservar primeiro os dados se puderem ser apagados; verifique se o prestador atende pedidos "
               "diretos, muitas vezes mais rápidos do que o auxílio mútuo."),
        "fr": ("Injonction de produire des données relatives aux abonnés",
               "Obtient d'un fournisseur de services l'identité de l'abonné d'un compte, d'un numéro ou d'une "
               "adresse : nom, adresse, service utilisé et période, mais pas le contenu des communications.",
               "Faites d'abord conserver les données si elles risquent d'être effacées ; vérifiez si le fournisseur "
               "répond aux demandes directes, souvent plus rapides que l'entraide."),
    }),
    "stored-content": (4, [19, 31], [], [28, 44], True, {
        "en": ("Production of stored content, search and seizure",
               "Obtains stored data, including the content of messages and files, by a production order or by "
               "searching and seizing a computer system in the requested state.",
               "Preserve the data through the 24/7 network first; the formal mutual assistance request that "
               "follows usually takes months."),
        "es": ("Obtención de contenido almacenado, registro y decomiso",
               "Obtiene datos almacenados, incluido el contenido de mensajes y archivos, mediante una orden de "
               "presentación o el registro y decomiso de un sistema informático en el Estado requerido.",
               "Conserve primero los datos por la red 24/7; la solicitud formal de asistencia mutua que sigue suele "
               "tardar meses."),
        "pt": ("Obtenção de conteúdo armazenado, busca e apreensão",
               "Obtém dados armazenados, incluindo o conteúdo de mensagens e ficheiros, por injunção de apresentação "
               "ou por busca e apreensão de um sistema informático no Estado requerido.",
               "Conserve primeiro os dados pela rede 24/7; o pedido formal de auxílio mútuo que se segue costuma "
               "levar meses."),
        "fr": ("Obtention de contenu stocké, perquisition et saisie",
               "Obtient des données stockées, y compris le contenu de messages et de fichiers, par une injonction de "
               "produire ou la perquisition et la saisie d'un système informatique dans l'État requis.",
               "Faites d'abord conserver les données par le réseau 24/7 ; la demande formelle d'entraide qui suit "
               "prend souvent des mois."),
    }),
    "real-time-traffic": (5, [20, 33], [], [29, 45], True, {
        "en": ("Real-time collection of traffic data",
               "Collects, as they happen, the traffic data of specified communications: origin, destination, time "
               "and duration, without their content.",
               "Contact the requested state's 24/7 point to agree on the urgency and the form of the request before "
               "sending it through the central authority."),
        "es": ("Obtención en tiempo real de datos de tráfico",
               "Recoge, en el momento en que se producen, los datos de tráfico de comunicaciones determinadas: "
               "origen, destino, hora y duración, sin su contenido.",
               "Contacte al punto 24/7 del Estado requerido para acordar la urgencia y la forma de la solicitud "
               "antes de enviarla por la autoridad central."),
        "pt": ("Recolha em tempo real de dados de tráfego",
               "Recolhe, à medida que ocorrem, os dados de tráfego de comunicações determinadas: origem, destino, "
               "hora e duração, sem o seu conteúdo.",
               "Contacte o ponto 24/7 do Estado requerido para acordar a urgência e a forma do pedido antes de o "
               "enviar pela autoridade central."),
        "fr": ("Collecte en temps réel des données relatives au trafic",
               "Recueille, au moment où elles se produisent, les données relatives au trafic de communications "
               "déterminées : origine, destination, heure et durée, sans leur contenu.",
               "Contactez le point 24/7 de l'État requis pour convenir de l'urgence et de la forme de la demande "
               "avant de l'envoyer par l'autorité centrale."),
    }),
    "interception": (6, [21, 34], [], [30, 46], True, {
        "en": ("Interception of content data",
               "Intercepts the content of specified communications in real time. Most states allow it only for "
               "serious offences and on a judge's order.",
               "Check the conditions (offences, judicial order) in the requested state's fiche, then contact its "
               "24/7 point before sending the formal request."),
        "es": ("Interceptación de datos de contenido",
               "Intercepta en tiempo real el contenido de comunicaciones determinadas. La mayoría de los Estados lo "
               "permiten solo para delitos graves y por orden judicial.",
               "Verifique las condiciones (delitos, orden judicial) en la ficha del Estado requerido y contacte a su "
               "punto 24/7 antes de enviar la solicitud formal."),
        "pt": ("Interceção de dados de conteúdo",
               "Interceta em tempo real o conteúdo de comunicações determinadas. A maioria dos Estados só o permite "
               "para crimes graves e por ordem judicial.",
               "Verifique as condições (crimes, ordem judicial) na ficha do Estado requerido e contacte o seu ponto "
               "24/7 antes de enviar o pedido formal."),
        "fr": ("Interception de données relatives au contenu",
               "Intercepte en temps réel le contenu de communications déterminées. La plupart des États ne le "
               "permettent que pour des infractions graves et sur ordonnance d'un juge.",
               "Vérifiez les conditions (infractions, ordonnance judiciaire) dans la fiche de l'État requis, puis "
               "contactez son point 24/7 avant d'envoyer la demande formelle."),
    }),
    "emergency-disclosure": (7, [], [9, 10], [], False, {
        "en": ("Emergency disclosure",
               "In an emergency, where there is a significant and imminent risk to the life or safety of a person, "
               "asks for data to be disclosed at once through the 24/7 network or by expedited mutual assistance.",
               "Call the requested state's 24/7 point now and explain the risk to life; the written request can "
               "follow."),
        "es": ("Divulgación de emergencia",
               "En una emergencia, cuando existe un riesgo significativo e inminente para la vida o la seguridad "
               "de una persona, pide la divulgación inmediata de datos por la red 24/7 o por asistencia mutua "
               "acelerada.",
               "Llame ya al punto 24/7 del Estado requerido y explique el riesgo para la vida; la solicitud escrita "
               "puede seguir después."),
        "pt": ("Divulgação de emergência",
               "Numa emergência, quando há um risco significativo e iminente para a vida ou a segurança de uma "
               "pessoa, pede a divulgação imediata de dados pela rede 24/7 ou por auxílio mútuo acelerado.",
               "Ligue já para o ponto 24/7 do Estado requerido e explique o risco para a vida; o pedido escrito "
               "pode seguir depois."),
        "fr": ("Divulgation en situation d'urgence",
               "En cas d'urgence, lorsqu'il existe un risque important et imminent pour la vie ou la sécurité "
               "d'une personne, demande la divulgation immédiate de données par le réseau 24/7 ou par une entraide "
               "accélérée.",
               "Appelez maintenant le point 24/7 de l'État requis et expliquez le risque pour la vie ; la demande "
               "écrite peut suivre."),
    }),
    "direct-provider-request": (8, [], [6, 7], [], False, {
        "en": ("Direct request to a service provider",
               "Asks a provider or a domain-name registrar in another state directly for subscriber or "
               "domain-registration information, where both states accept this cooperation.",
               "Check whether the provider answers direct requests and in which language; if the data may be "
               "deleted, have it preserved through the 24/7 network as well."),
        "es": ("Solicitud directa a un proveedor de servicios",
               "Pide directamente a un proveedor o a un registrador de nombres de dominio de otro Estado datos de "
               "abonados o de registro de dominios, cuando ambos Estados aceptan esta cooperación.",
               "Compruebe si el proveedor atiende solicitudes directas y en qué idioma; si los datos pueden "
               "borrarse, hágalos conservar también por la red 24/7."),
        "pt": ("Pedido direto a um prestador de serviços",
               "Pede diretamente a um prestador ou a um registador de nomes de domínio de outro Estado dados de "
               "assinantes ou de registo de domínios, quando ambos os Estados aceitam esta cooperação.",
               "Verifique se o prestador atende pedidos diretos e em que língua; se os dados puderem ser apagados, "
               "mande-os conservar também pela rede 24/7."),
        "fr": ("Demande directe à un fournisseur de services",
               "Demande directement à un fournisseur ou à un bureau d'enregistrement de noms de domaine d'un autre "
               "État des données relatives aux abonnés ou à l'enregistrement de domaines, lorsque les deux États "
               "acceptent cette coopération.",
               "Vérifiez si le fournisseur répond aux demandes directes et dans quelle langue ; si les données "
               "risquent d'être effacées, faites-les aussi conserver par le réseau 24/7."),
    }),
    "spontaneous-information": (9, [26], [], [40], True, {
        "en": ("Spontaneous information",
               "Passes to another state, without a prior request, information found in an investigation that may "
               "help it open or carry out its own.",
               "Send the information through the 24/7 network or the central authority, saying whether it must "
               "stay confidential."),
        "es": ("Información espontánea",
               "Transmite a otro Estado, sin solicitud previa, información obtenida en una investigación que puede "
               "ayudarle a iniciar o llevar adelante la suya.",
               "Envíe la información por la red 24/7 o la autoridad central, indicando si debe mantenerse "
               "confidencial."),
        "pt": ("Informação espontânea",
               "Transmite a outro Estado, sem pedido prévio, informação obtida numa investigação que pode ajudá-lo a "
               "iniciar ou conduzir a sua.",
               "Envie a informação pela rede 24/7 ou pela autoridade central, indicando se deve permanecer "
               "confidencial."),
        "fr": ("Information spontanée",
               "Transmet à un autre État, sans demande préalable, des informations obtenues dans une enquête qui "
               "peuvent l'aider à ouvrir ou à mener la sienne.",
               "Envoyez l'information par le réseau 24/7 ou l'autorité centrale, en précisant si elle doit rester "
               "confidentielle."),
    }),
}


def load_measures(apps, schema_editor):
    Measure = apps.get_model("cooperation", "Measure")
    ConventionArticle = apps.get_model("legislation", "ConventionArticle")
    for slug, (position, budapest, protocol, un, a55, texts) in MEASURES.items():
        defaults = {"position": position, "protocol_articles": protocol, "mla_treaty_applies": a55,
                    "name": texts["en"][0], "description": texts["en"][1], "first_step": texts["en"][2]}
        for language, (name, description, first_step) in texts.items():
            defaults[f"name_{language}"] = name
            defaults[f"description_{language}"] = description
            defaults[f"first_step_{language}"] = first_step
        measure, _created = Measure.objects.update_or_create(slug=slug, defaults=defaults)
        slugs = [f"budapest-{number}" for number in budapest] + [f"un-{number}" for number in un]
        measure.articles.set(ConventionArticle.objects.filter(slug__in=slugs))


class Migration(migrations.Migration):
    dependencies = [
        ("cooperation", "0001_initial"),
        ("legislation", "0002_load_convention_articles"),
    ]

    operations = [migrations.RunPython(load_measures, migrations.RunPython.noop)]
