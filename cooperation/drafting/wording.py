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
                              "formulado com base na reciprocidade: {requesting} compromete-se a executar pedidos da "
                              "mesma natureza provenientes de {requested}."),
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
        "request_preservation": ("A autoridade requerente solicita às autoridades competentes de {requested} que "
                                 "ordenem ou imponham de outro modo a conservação expedita dos dados informáticos "
                                 "armazenados acima descritos, na posse do fornecedor de serviços indicado, nos "
                                 "termos do artigo 29.º da Convenção sobre o Cibercrime, por um período não inferior "
                                 "a sessenta dias (artigo 29.º, n.º 7), e que não os divulguem antes de receberem um "
                                 "pedido de auxílio mútuo."),
        "undertaking": ("{requesting} tenciona apresentar um pedido de auxílio mútuo para a pesquisa ou acesso "
                        "semelhante, a apreensão ou obtenção semelhante, ou a divulgação dos dados (artigo 29.º, "
                        "n.º 2, alínea f))."),
        "request_stored-content": ("A autoridade requerente solicita às autoridades competentes de {requested} que "
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
                              "demande est formulée sur la base de la réciprocité : {requesting} s'engage à exécuter "
                              "les demandes de même nature émanant de {requested}."),
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
        "request_preservation": ("L'autorité requérante demande aux autorités compétentes de {requested} d'ordonner "
                                 "ou d'imposer d'une autre manière la conservation rapide des données informatiques "
                                 "stockées décrites ci-dessus, détenues par le fournisseur de services indiqué, "
                                 "conformément à l'article 29 de la Convention sur la cybercriminalité, pour une "
                                 "période d'au moins soixante jours (article 29, paragraphe 7), et de ne pas les "
                                 "divulguer avant la réception d'une demande d'entraide."),
        "undertaking": ("{requesting} a l'intention de soumettre une demande d'entraide en vue de la perquisition ou "
                        "de l'accès par un moyen similaire, de la saisie ou de l'obtention par un moyen similaire, ou "
                        "de la divulgation des données (article 29, paragraphe 2.f)."),
        "request_stored-content": ("L'autorité requérante demande aux autorités compétentes de {requested} de "
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
