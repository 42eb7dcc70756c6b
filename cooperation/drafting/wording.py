"""The wording of the request documents, per language (en, es, pt, fr).

One dictionary per language, the same keys in each. The legal terms follow the official texts of
the Convention on Cybercrime (Budapest, arts. 16, 18, 19, 29, 31) and of its Second Additional
Protocol in each language ("expedited preservation of stored computer data", "subscriber
information", "traffic data", "central authority"…). To change a sentence, change it in the four
languages and run tests/cooperation/test_requests_documents.py (docs/requests.md).
Placeholders in braces are filled by cooperation/drafting/documents.py.
"""

WORDING = {
    "en": {
        "title_preservation": "Request for the expedited preservation of stored computer data",
        "title_stored-content": "Request for mutual assistance regarding accessing of stored computer data",
        "urgent": "URGENT",
        "reference": "Reference",
        "date": "Date",
        "from": "Requesting authority",
        "to": "Requested authority",
        "basis": "Legal basis",
        "basis_instrument_only": "This request is made under the following instrument: {instrument}.",
        "basis_instrument": "This request is made under the following instrument: {instrument}, article(s) {articles}.",
        "basis_reciprocity": ("No treaty in force between the two States provides for this measure. This request is "
                              "made on the basis of reciprocity: {requesting} undertakes to execute requests of the "
                              "same kind from {requested}."),
        "offences": "Offences under investigation",
        "facts": "Summary of the facts",
        "urgency": "Necessity and urgency",
        "data": "Stored computer data sought",
        "categories": "Categories of data",
        "subscriber": "subscriber information",
        "traffic": "traffic data",
        "content": "content data",
        "accounts": "Accounts",
        "ip_addresses": "IP addresses (with date, time and time zone)",
        "ip_line": "{ip}, on {timestamp} ({zone})",
        "domains": "Domain names",
        "provider": "Service provider and where it is established",
        "period": "Period",
        "period_value": "from {start} to {end}",
        "request": "Measures requested",
        "request_preservation": ("The requesting authority asks the competent authorities of {requested} to order or "
                                 "otherwise obtain the expedited preservation of the stored computer data described "
                                 "above, held by the service provider named above, in accordance with Article 29 of "
                                 "the Convention on Cybercrime, for a period of not less than sixty days (Article 29, "
                                 "paragraph 7), and not to disclose the data before a request for mutual assistance "
                                 "is received."),
        "undertaking": ("{requesting} intends to submit a request for mutual assistance for the search or similar "
                        "access, seizure or similar securing, or disclosure of the data (Article 29, paragraph 2.f)."),
        "request_stored-content": ("The requesting authority asks the competent authorities of {requested} to search "
                                   "or similarly access, seize or similarly secure, and disclose the stored computer "
                                   "data described above, in accordance with Article 31 of the Convention on "
                                   "Cybercrime, and to send them with a certificate of authenticity."),
        "dual_criminality": "Dual criminality",
        "confidentiality": "Confidentiality",
        "confidentiality_text": ("The requesting authority asks that the fact and the substance of this request be "
                                 "kept confidential, except to the extent necessary for its execution."),
        "contact": "Contact for follow-up",
        "signature": "Signature",
        "signed_by": "Name and position",
        "place_date": "Place and date",
    },
    "es": {
        "title_preservation": "Solicitud de conservación rápida de datos informáticos almacenados",
        "title_stored-content": ("Solicitud de asistencia mutua en relación con el acceso a datos informáticos "
                                 "almacenados"),
        "urgent": "URGENTE",
        "reference": "Referencia",
        "date": "Fecha",
        "from": "Autoridad requirente",
        "to": "Autoridad requerida",
        "basis": "Fundamento jurídico",
        "basis_instrument_only": "La presente solicitud se formula con arreglo al siguiente instrumento: {instrument}.",
        "basis_instrument": "La presente solicitud se formula con arreglo al siguiente instrumento: {instrument}, artículo(s) {articles}.",
        "basis_reciprocity": ("Ningún tratado en vigor entre ambos Estados prevé esta medida. La presente solicitud "
                              "se formula sobre la base de la reciprocidad: {requesting} se compromete a ejecutar "
                              "solicitudes de la misma naturaleza de {requested}."),
        "offences": "Delitos investigados",
        "facts": "Resumen de los hechos",
        "urgency": "Necesidad y urgencia",
        "data": "Datos informáticos almacenados solicitados",
        "categories": "Categorías de datos",
        "subscriber": "datos relativos a los abonados",
        "traffic": "datos sobre el tráfico",
        "content": "datos relativos al contenido",
        "accounts": "Cuentas",
        "ip_addresses": "Direcciones IP (con fecha, hora y huso horario)",
        "ip_line": "{ip}, el {timestamp} ({zone})",
        "domains": "Nombres de dominio",
        "provider": "Proveedor de servicios y lugar de establecimiento",
        "period": "Período",
        "period_value": "del {start} al {end}",
        "request": "Medidas solicitadas",
        "request_preservation": ("La autoridad requirente solicita a las autoridades competentes de {requested} que "
                                 "ordenen o impongan de otro modo la conservación rápida de los datos informáticos "
                                 "almacenados descritos, en poder del proveedor de servicios indicado, de conformidad "
                                 "con el artículo 29 del Convenio sobre la Ciberdelincuencia, por un período no "
                                 "inferior a sesenta días (artículo 29, párrafo 7), y que no los revelen antes de "
                                 "recibir una solicitud de asistencia mutua."),
        "undertaking": ("{requesting} tiene la intención de presentar una solicitud de asistencia mutua para el "
                        "registro o acceso de forma similar, la confiscación u obtención de forma similar, o la "
                        "revelación de los datos (artículo 29, párrafo 2.f)."),
        "request_stored-content": ("La autoridad requirente solicita a las autoridades competentes de {requested} "
                                   "que registren o accedan de forma similar, confisquen u obtengan de forma similar "
                                   "y revelen los datos informáticos almacenados descritos, de conformidad con el "
                                   "artículo 31 del Convenio sobre la Ciberdelincuencia, y que los remitan con un "
                                   "certificado de autenticidad."),
        "dual_criminality": "Doble tipificación penal",
        "confidentiality": "Confidencialidad",
        "confidentiality_text": ("La autoridad requirente solicita que se mantengan confidenciales la existencia y el "
                                 "contenido de la presente solicitud, salvo en la medida necesaria para su ejecución."),
        "contact": "Contacto para el seguimiento",
        "signature": "Firma",
        "signed_by": "Nombre y cargo",
        "place_date": "Lugar y fecha",
    },
    "pt": {
        "title_preservation": "Pedido de conservação expedita de dados informáticos armazenados",
        "title_stored-content": "Pedido de auxílio mútuo relativo ao acesso a dados informáticos armazenados",
        "urgent": "URGENTE",
        "reference": "Referência",
        "date": "Data",
        "from": "Autoridade requerente",
        "to": "Autoridade requerida",
        "basis": "Base jurídica",
        "basis_instrument_only": "O presente pedido é formulado ao abrigo do seguinte instrumento: {instrument}.",
        "basis_instrument": "O presente pedido é formulado ao abrigo do seguinte instrumento: {instrument}, artigo(s) {articles}.",
        "basis_reciprocity": ("Nenhum tratado em vigor entre os dois Estados prevê esta medida. O presente pedido é "
                              "formulado com base na reciprocidade: o Estado requerente ({requesting}) compromete-se a executar pedidos da "
                              "mesma natureza provenientes do Estado requerido ({requested})."),
        "offences": "Infrações investigadas",
        "facts": "Resumo dos factos",
        "urgency": "Necessidade e urgência",
        "data": "Dados informáticos armazenados solicitados",
        "categories": "Categorias de dados",
        "subscriber": "informações relativas aos assinantes",
        "traffic": "dados de tráfego",
        "content": "dados de conteúdo",
        "accounts": "Contas",
        "ip_addresses": "Endereços IP (com data, hora e fuso horário)",
        "ip_line": "{ip}, em {timestamp} ({zone})",
        "domains": "Nomes de domínio",
        "provider": "Fornecedor de serviços e local de estabelecimento",
        "period": "Período",
        "period_value": "de {start} a {end}",
        "request": "Medidas solicitadas",
        "request_preservation": ("A autoridade requerente solicita às autoridades competentes do Estado requerido ({requested}) que "
                                 "ordenem ou imponham de outro modo a conservação expedita dos dados informáticos "
                                 "armazenados acima descritos, na posse do fornecedor de serviços indicado, nos "
                                 "termos do artigo 29.º da Convenção sobre o Cibercrime, por um período não inferior "
                                 "a sessenta dias (artigo 29.º, n.º 7), e que não os divulguem antes de receberem um "
                                 "pedido de auxílio mútuo."),
        "undertaking": ("O Estado requerente ({requesting}) tenciona apresentar um pedido de auxílio mútuo para a pesquisa ou acesso "
                        "semelhante, a apreensão ou obtenção semelhante, ou a divulgação dos dados (artigo 29.º, "
                        "n.º 2, alínea f))."),
        "request_stored-content": ("A autoridade requerente solicita às autoridades competentes do Estado requerido ({requested}) que "
                                   "pesquisem ou acedam de modo semelhante, apreendam ou obtenham de modo semelhante "
                                   "e divulguem os dados informáticos armazenados acima descritos, nos termos do "
                                   "artigo 31.º da Convenção sobre o Cibercrime, e que os remetam acompanhados de um "
                                   "certificado de autenticidade."),
        "dual_criminality": "Dupla incriminação",
        "confidentiality": "Confidencialidade",
        "confidentiality_text": ("A autoridade requerente solicita que a existência e o conteúdo do presente pedido "
                                 "sejam mantidos confidenciais, salvo na medida necessária à sua execução."),
        "contact": "Contacto para acompanhamento",
        "signature": "Assinatura",
        "signed_by": "Nome e cargo",
        "place_date": "Local e data",
    },
    "fr": {
        "title_preservation": "Demande de conservation rapide de données informatiques stockées",
        "title_stored-content": "Demande d'entraide concernant l'accès aux données informatiques stockées",
        "urgent": "URGENT",
        "reference": "Référence",
        "date": "Date",
        "from": "Autorité requérante",
        "to": "Autorité requise",
        "basis": "Fondement juridique",
        "basis_instrument_only": "La présente demande est formulée en vertu de l'instrument suivant : {instrument}.",
        "basis_instrument": "La présente demande est formulée en vertu de l'instrument suivant : {instrument}, article(s) {articles}.",
        "basis_reciprocity": ("Aucun traité en vigueur entre les deux États ne prévoit cette mesure. La présente "
                              "demande est formulée sur la base de la réciprocité : l'État requérant ({requesting}) s'engage à exécuter "
                              "les demandes de même nature émanant de l'État requis ({requested})."),
        "offences": "Infractions faisant l'objet de l'enquête",
        "facts": "Exposé sommaire des faits",
        "urgency": "Nécessité et urgence",
        "data": "Données informatiques stockées demandées",
        "categories": "Catégories de données",
        "subscriber": "données relatives aux abonnés",
        "traffic": "données relatives au trafic",
        "content": "données relatives au contenu",
        "accounts": "Comptes",
        "ip_addresses": "Adresses IP (avec date, heure et fuseau horaire)",
        "ip_line": "{ip}, le {timestamp} ({zone})",
        "domains": "Noms de domaine",
        "provider": "Fournisseur de services et lieu d'établissement",
        "period": "Période",
        "period_value": "du {start} au {end}",
        "request": "Mesures demandées",
        "request_preservation": ("L'autorité requérante demande aux autorités compétentes de l'État requis ({requested}) d'ordonner "
                                 "ou d'imposer d'une autre manière la conservation rapide des données informatiques "
                                 "stockées décrites ci-dessus, détenues par le fournisseur de services indiqué, "
                                 "conformément à l'article 29 de la Convention sur la cybercriminalité, pour une "
                                 "période d'au moins soixante jours (article 29, paragraphe 7), et de ne pas les "
                                 "divulguer avant la réception d'une demande d'entraide."),
        "undertaking": ("L'État requérant ({requesting}) a l'intention de soumettre une demande d'entraide en vue de la perquisition ou "
                        "de l'accès par un moyen similaire, de la saisie ou de l'obtention par un moyen similaire, ou "
                        "de la divulgation des données (article 29, paragraphe 2.f)."),
        "request_stored-content": ("L'autorité requérante demande aux autorités compétentes de l'État requis ({requested}) de "
                                   "perquisitionner ou d'accéder de façon similaire, de saisir ou d'obtenir de façon "
                                   "similaire et de divulguer les données informatiques stockées décrites ci-dessus, "
                                   "conformément à l'article 31 de la Convention sur la cybercriminalité, et de les "
                                   "transmettre avec un certificat d'authenticité."),
        "dual_criminality": "Double incrimination",
        "confidentiality": "Confidentialité",
        "confidentiality_text": ("L'autorité requérante demande que l'existence et la teneur de la présente demande "
                                 "restent confidentielles, sauf dans la mesure nécessaire à son exécution."),
        "contact": "Contact pour le suivi",
        "signature": "Signature",
        "signed_by": "Nom et fonction",
        "place_date": "Lieu et date",
    },
}

# The other measures of the fiches (cooperation/drafting/measures.py), and the blocks they share.
WORDING['en'].update({
    'colon': ': ',
    'title_traffic-data': "Request for the expedited disclosure of preserved traffic data",
    'title_subscriber-information': "Request for mutual assistance for the production of subscriber information",
    'title_real-time-traffic': "Request for mutual assistance in the real-time collection of traffic data",
    'title_interception': "Request for mutual assistance regarding the interception of content data",
    'title_emergency-disclosure': "Request for the expedited disclosure of stored computer data in an emergency",
    'title_direct-provider-request': "Order for the disclosure of subscriber information addressed to a service provider",
    'request_traffic-data': "The requesting authority asks the competent authorities of {requested}, in executing the preservation of the traffic data described above, to disclose expeditiously a sufficient amount of traffic data to identify the service providers and the path through which the communication was transmitted, in accordance with Article 30 of the Convention on Cybercrime.",
    'request_subscriber-information': "The requesting authority asks the competent authorities of {requested} to order the service provider named above to submit the subscriber information described above in its possession or control, relating to its services (Article 18, paragraph 3, of the Convention on Cybercrime), and to send it to the requesting authority under the legal basis stated above.",
    'request_real-time-traffic': "The requesting authority asks the competent authorities of {requested} to collect or record in real time, or to compel the service provider named above to collect or record, the traffic data associated with the specified communications described above, transmitted by means of a computer system, during the period stated above, in accordance with Articles 20 and 33 of the Convention on Cybercrime.",
    'request_interception': "The requesting authority asks the competent authorities of {requested} to collect or record in real time, or to compel the service provider named above to collect or record, the content data of the specified communications described above, transmitted by means of a computer system, during the period stated above, in accordance with Articles 21 and 34 of the Convention on Cybercrime, to the extent permitted by the applicable treaties and their domestic law.",
    'request_emergency-disclosure': "The requesting authority declares that an emergency exists, that is a significant and imminent risk to the life or safety of a natural person, as described above, and asks the competent authorities of {requested} for immediate assistance in obtaining from the service provider named above the expedited disclosure of the specified stored computer data described above in its possession or control, in accordance with Articles 9 and 10 of the Second Additional Protocol to the Convention on Cybercrime.",
    'request_direct-provider-request': "The requesting authority, acting under Article 7 of the Second Additional Protocol to the Convention on Cybercrime, orders the service provider named above to disclose the specified subscriber information described above in its possession or control, for the purposes of the specific criminal investigation described above. The information is to be sent to the contact named below.",
    'network_requested': "24/7 point of contact of the requested State",
    'network_requesting': "24/7 point of contact of the requesting State",
    'to_provider': "Addressee: service provider",
    'notified': "Authority of the provider's State notified (Article 7, paragraph 5)",
    'provisions': "National provisions (and the corresponding articles of the Conventions)",
    'period_collection': "Period of collection",
})
WORDING['es'].update({
    'colon': ': ',
    'title_traffic-data': "Solicitud de revelación rápida de datos conservados sobre el tráfico",
    'title_subscriber-information': "Solicitud de asistencia mutua para la obtención de datos relativos a los abonados",
    'title_real-time-traffic': "Solicitud de asistencia mutua para la obtención en tiempo real de datos sobre el tráfico",
    'title_interception': "Solicitud de asistencia mutua relativa a la interceptación de datos relativos al contenido",
    'title_emergency-disclosure': "Solicitud de revelación rápida de datos informáticos almacenados en caso de emergencia",
    'title_direct-provider-request': "Orden de revelación de datos relativos a los abonados dirigida a un proveedor de servicios",
    'request_traffic-data': "La autoridad requirente solicita a las autoridades competentes de {requested} que, al ejecutar la conservación de los datos sobre el tráfico descritos, revelen rápidamente un volumen suficiente de datos sobre el tráfico para identificar a los proveedores de servicios y la vía por la que se transmitió la comunicación, de conformidad con el artículo 30 del Convenio sobre la Ciberdelincuencia.",
    'request_subscriber-information': "La autoridad requirente solicita a las autoridades competentes de {requested} que ordenen al proveedor de servicios indicado que presente los datos relativos a los abonados descritos que obren en su poder o bajo su control y estén relacionados con sus servicios (artículo 18, párrafo 3, del Convenio sobre la Ciberdelincuencia), y que los remitan a la autoridad requirente con arreglo al fundamento jurídico indicado.",
    'request_real-time-traffic': "La autoridad requirente solicita a las autoridades competentes de {requested} que obtengan o graben en tiempo real, u obliguen al proveedor de servicios indicado a obtener o grabar, los datos sobre el tráfico asociados a las comunicaciones específicas descritas, transmitidas por medio de un sistema informático, durante el período indicado, de conformidad con los artículos 20 y 33 del Convenio sobre la Ciberdelincuencia.",
    'request_interception': "La autoridad requirente solicita a las autoridades competentes de {requested} que obtengan o graben en tiempo real, u obliguen al proveedor de servicios indicado a obtener o grabar, los datos relativos al contenido de las comunicaciones específicas descritas, transmitidas por medio de un sistema informático, durante el período indicado, de conformidad con los artículos 21 y 34 del Convenio sobre la Ciberdelincuencia, en la medida en que lo permitan los tratados aplicables y su derecho interno.",
    'request_emergency-disclosure': "La autoridad requirente declara que existe una situación de emergencia, es decir, un riesgo significativo e inminente para la vida o la seguridad de una persona física, según se ha descrito, y solicita a las autoridades competentes de {requested} asistencia inmediata para obtener del proveedor de servicios indicado la revelación rápida de los datos informáticos almacenados descritos que obren en su poder o bajo su control, de conformidad con los artículos 9 y 10 del Segundo Protocolo adicional al Convenio sobre la Ciberdelincuencia.",
    'request_direct-provider-request': "La autoridad requirente, con arreglo al artículo 7 del Segundo Protocolo adicional al Convenio sobre la Ciberdelincuencia, ordena al proveedor de servicios indicado que revele los datos relativos a los abonados descritos que obren en su poder o bajo su control, a efectos de la investigación penal específica descrita. Los datos deben remitirse al contacto indicado más abajo.",
    'network_requested': "Punto de contacto 24/7 del Estado requerido",
    'network_requesting': "Punto de contacto 24/7 del Estado requirente",
    'to_provider': "Destinatario: proveedor de servicios",
    'notified': "Autoridad del Estado del proveedor notificada (artículo 7, párrafo 5)",
    'provisions': "Disposiciones nacionales (y artículos correspondientes de los Convenios)",
    'period_collection': "Período de obtención",
})
WORDING['pt'].update({
    'colon': ': ',
    'title_traffic-data': "Pedido de divulgação expedita de dados de tráfego conservados",
    'title_subscriber-information': "Pedido de auxílio mútuo para a obtenção de informações relativas aos assinantes",
    'title_real-time-traffic': "Pedido de auxílio mútuo relativo à recolha de dados de tráfego em tempo real",
    'title_interception': "Pedido de auxílio mútuo relativo à interceção de dados de conteúdo",
    'title_emergency-disclosure': "Pedido de divulgação expedita de dados informáticos armazenados em situação de emergência",
    'title_direct-provider-request': "Injunção de divulgação de informações relativas aos assinantes dirigida a um fornecedor de serviços",
    'request_traffic-data': "A autoridade requerente solicita às autoridades competentes do Estado requerido ({requested}) que, na execução da conservação dos dados de tráfego acima descritos, divulguem rapidamente uma quantidade suficiente de dados de tráfego para identificar os fornecedores de serviços e a via através da qual a comunicação foi transmitida, nos termos do artigo 30.º da Convenção sobre o Cibercrime.",
    'request_subscriber-information': "A autoridade requerente solicita às autoridades competentes do Estado requerido ({requested}) que ordenem ao fornecedor de serviços indicado que apresente as informações relativas aos assinantes acima descritas, que se encontrem na sua posse ou sob o seu controlo e digam respeito aos seus serviços (artigo 18.º, n.º 3, da Convenção sobre o Cibercrime), e que as remetam à autoridade requerente com base no fundamento jurídico indicado.",
    'request_real-time-traffic': "A autoridade requerente solicita às autoridades competentes do Estado requerido ({requested}) que recolham ou registem em tempo real, ou obriguem o fornecedor de serviços indicado a recolher ou registar, os dados de tráfego associados às comunicações específicas acima descritas, transmitidas através de um sistema informático, durante o período indicado, nos termos dos artigos 20.º e 33.º da Convenção sobre o Cibercrime.",
    'request_interception': "A autoridade requerente solicita às autoridades competentes do Estado requerido ({requested}) que recolham ou registem em tempo real, ou obriguem o fornecedor de serviços indicado a recolher ou registar, os dados de conteúdo das comunicações específicas acima descritas, transmitidas através de um sistema informático, durante o período indicado, nos termos dos artigos 21.º e 34.º da Convenção sobre o Cibercrime, na medida em que o permitam os tratados aplicáveis e o seu direito interno.",
    'request_emergency-disclosure': "A autoridade requerente declara que existe uma situação de emergência, ou seja, um risco significativo e iminente para a vida ou a segurança de uma pessoa singular, conforme acima descrito, e solicita às autoridades competentes do Estado requerido ({requested}) assistência imediata para obter do fornecedor de serviços indicado a divulgação expedita dos dados informáticos armazenados acima descritos que se encontrem na sua posse ou sob o seu controlo, nos termos dos artigos 9.º e 10.º do Segundo Protocolo Adicional à Convenção sobre o Cibercrime.",
    'request_direct-provider-request': "A autoridade requerente, nos termos do artigo 7.º do Segundo Protocolo Adicional à Convenção sobre o Cibercrime, ordena ao fornecedor de serviços indicado que divulgue as informações relativas aos assinantes acima descritas que se encontrem na sua posse ou sob o seu controlo, para efeitos da investigação criminal específica acima descrita. As informações devem ser remetidas ao contacto abaixo indicado.",
    'network_requested': "Ponto de contacto 24/7 do Estado requerido",
    'network_requesting': "Ponto de contacto 24/7 do Estado requerente",
    'to_provider': "Destinatário: fornecedor de serviços",
    'notified': "Autoridade do Estado do fornecedor notificada (artigo 7.º, n.º 5)",
    'provisions': "Disposições nacionais (e artigos correspondentes das Convenções)",
    'period_collection': "Período de recolha",
})
WORDING['fr'].update({
    'colon': ' : ',
    'title_traffic-data': "Demande de divulgation rapide de données relatives au trafic conservées",
    'title_subscriber-information': "Demande d'entraide aux fins de la production de données relatives aux abonnés",
    'title_real-time-traffic': "Demande d'entraide dans la collecte en temps réel de données relatives au trafic",
    'title_interception': "Demande d'entraide en matière d'interception de données relatives au contenu",
    'title_emergency-disclosure': "Demande de divulgation accélérée de données informatiques stockées en situation d'urgence",
    'title_direct-provider-request': "Injonction de divulgation de données relatives aux abonnés adressée à un fournisseur de services",
    'request_traffic-data': "L'autorité requérante demande aux autorités compétentes de l'État requis ({requested}), lors de l'exécution de la conservation des données relatives au trafic décrites ci-dessus, de divulguer rapidement une quantité suffisante de données relatives au trafic pour identifier les fournisseurs de services et la voie par laquelle la communication a été transmise, conformément à l'article 30 de la Convention sur la cybercriminalité.",
    'request_subscriber-information': "L'autorité requérante demande aux autorités compétentes de l'État requis ({requested}) d'ordonner au fournisseur de services indiqué de communiquer les données relatives aux abonnés décrites ci-dessus, en sa possession ou sous son contrôle et relatives à ses services (article 18, paragraphe 3, de la Convention sur la cybercriminalité), et de les transmettre à l'autorité requérante sur le fondement juridique indiqué.",
    'request_real-time-traffic': "L'autorité requérante demande aux autorités compétentes de l'État requis ({requested}) de collecter ou d'enregistrer en temps réel, ou d'obliger le fournisseur de services indiqué à collecter ou à enregistrer, les données relatives au trafic associées aux communications spécifiques décrites ci-dessus, transmises au moyen d'un système informatique, pendant la période indiquée, conformément aux articles 20 et 33 de la Convention sur la cybercriminalité.",
    'request_interception': "L'autorité requérante demande aux autorités compétentes de l'État requis ({requested}) de collecter ou d'enregistrer en temps réel, ou d'obliger le fournisseur de services indiqué à collecter ou à enregistrer, les données relatives au contenu des communications spécifiques décrites ci-dessus, transmises au moyen d'un système informatique, pendant la période indiquée, conformément aux articles 21 et 34 de la Convention sur la cybercriminalité, dans la mesure permise par les traités applicables et leur droit interne.",
    'request_emergency-disclosure': "L'autorité requérante déclare qu'il existe une situation d'urgence, à savoir un risque important et imminent pour la vie ou la sécurité d'une personne physique, tel que décrit ci-dessus, et demande aux autorités compétentes de l'État requis ({requested}) une assistance immédiate pour obtenir du fournisseur de services indiqué la divulgation accélérée des données informatiques stockées spécifiées décrites ci-dessus, en sa possession ou sous son contrôle, conformément aux articles 9 et 10 du Deuxième Protocole additionnel à la Convention sur la cybercriminalité.",
    'request_direct-provider-request': "L'autorité requérante, en vertu de l'article 7 du Deuxième Protocole additionnel à la Convention sur la cybercriminalité, enjoint au fournisseur de services indiqué de divulguer les données relatives aux abonnés décrites ci-dessus, en sa possession ou sous son contrôle, aux fins de l'enquête pénale spécifique décrite ci-dessus. Les données sont à transmettre au contact indiqué ci-dessous.",
    'network_requested': "Point de contact 24/7 de l'État requis",
    'network_requesting': "Point de contact 24/7 de l'État requérant",
    'to_provider': "Destinataire : fournisseur de services",
    'notified': "Autorité de l'État du fournisseur notifiée (article 7, paragraphe 5)",
    'provisions': "Dispositions nationales (et articles correspondants des Conventions)",
    'period_collection': "Période de collecte",
})
