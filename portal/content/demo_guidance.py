"""Demo citizen guidance (sample data): every topic in the four languages. General advice only;
where to report comes from the country selector."""

# slug: {field: {language: text}}
GUIDANCE = {
    "phishing": {
        "title": {"en": "Phishing", "es": "Phishing (suplantación de identidad)", "pt": "Phishing",
                  "fr": "Hameçonnage (phishing)"},
        "summary": {
            "en": "Messages that pretend to come from your bank, a shop or a public office to steal passwords or money.",
            "es": "Mensajes que fingen venir de su banco, una tienda o una oficina pública para robar contraseñas o dinero.",
            "pt": "Mensagens que fingem vir do seu banco, de uma loja ou de um órgão público para roubar senhas ou dinheiro.",
            "fr": "Des messages qui se font passer pour votre banque, un commerce ou une administration pour voler mots de passe ou argent.",
        },
        "avoid": {
            "en": "- Do not open links or attachments in messages you did not expect.\n- Type the address of your bank yourself, or use its official app.\n- Turn on two-step verification for email, banking and social networks.\n- Never give a code you received by SMS to anyone who calls you.",
            "es": "- No abra enlaces ni adjuntos de mensajes que no esperaba.\n- Escriba usted mismo la dirección de su banco o use su aplicación oficial.\n- Active la verificación en dos pasos en el correo, el banco y las redes sociales.\n- Nunca dé a quien le llama un código recibido por SMS.",
        },
        "recognise": {
            "en": "- Urgency: \"your account will be closed today\".\n- A sender address or link that is almost, but not exactly, the real one.\n- Requests for passwords, card numbers or verification codes.\n- Spelling mistakes and generic greetings.",
            "es": "- Urgencia: \"su cuenta se cerrará hoy\".\n- Una dirección o un enlace casi, pero no exactamente, iguales al verdadero.\n- Pedidos de contraseñas, números de tarjeta o códigos de verificación.\n- Faltas de ortografía y saludos genéricos.",
        },
        "evidence": {
            "en": "- Keep the message itself; do not delete it.\n- Take screenshots showing the sender, date and link.\n- Note any amounts, account numbers and transaction references.",
            "es": "- Conserve el mensaje; no lo borre.\n- Tome capturas de pantalla con el remitente, la fecha y el enlace.\n- Anote importes, números de cuenta y referencias de las operaciones.",
        },
        "report": {
            "en": "If you gave card or bank details, **call your bank at once** to block the card. Then report to the police or the specialised unit of your country (choose it below) and forward the message to the impersonated organisation.",
            "es": "Si dio datos de su tarjeta o cuenta, **llame de inmediato a su banco** para bloquearla. Luego denuncie ante la policía o la unidad especializada de su país (elíjalo abajo) y reenvíe el mensaje a la organización suplantada.",
        },
    },
    "online-fraud": {
        "title": {"en": "Online fraud", "es": "Fraude en línea", "pt": "Fraude on-line", "fr": "Fraude en ligne"},
        "summary": {
            "en": "Fake shops, investment schemes, romance scams and false sellers that take your money and disappear.",
            "es": "Tiendas falsas, esquemas de inversión, estafas románticas y vendedores falsos que se llevan su dinero y desaparecen.",
            "pt": "Lojas falsas, esquemas de investimento, golpes românticos e vendedores falsos que levam o seu dinheiro e somem.",
            "fr": "Faux sites marchands, placements frauduleux, arnaques sentimentales et faux vendeurs qui prennent votre argent et disparaissent.",
        },
        "avoid": {
            "en": "- Distrust prices or returns that are far better than elsewhere.\n- Pay with methods that offer buyer protection; never by gift cards or cryptocurrency to strangers.\n- Check the seller's identity and reviews on independent sites.",
            "es": "- Desconfíe de precios o rendimientos mucho mejores que en otros lugares.\n- Pague con medios que protejan al comprador; nunca con tarjetas de regalo ni criptomonedas a desconocidos.\n- Verifique la identidad del vendedor y opiniones en sitios independientes.",
        },
        "recognise": {
            "en": "- Pressure to pay quickly or in secret.\n- A new online contact who asks for money.\n- Promised profits that are guaranteed.",
            "es": "- Presión para pagar rápido o en secreto.\n- Un contacto reciente en internet que pide dinero.\n- Ganancias prometidas como garantizadas.",
        },
        "evidence": {
            "en": "- Receipts, transfer records and the account numbers you paid into.\n- The web address of the shop and screenshots of the offer.\n- All messages with the seller or contact.",
            "es": "- Recibos, comprobantes de transferencia y las cuentas a las que pagó.\n- La dirección web de la tienda y capturas de la oferta.\n- Todos los mensajes con el vendedor o contacto.",
        },
        "report": {
            "en": "Tell your bank or payment provider at once: some transfers can still be stopped. Report to the police or specialised unit of your country.",
            "es": "Avise de inmediato a su banco o proveedor de pagos: algunas transferencias todavía pueden detenerse. Denuncie ante la policía o la unidad especializada de su país.",
        },
    },
    "sextortion": {
        "title": {"en": "Sextortion", "es": "Sextorsión", "pt": "Sextorsão", "fr": "Sextorsion"},
        "summary": {
            "en": "Someone threatens to share intimate images of you unless you pay or send more. You are not to blame, and help exists.",
            "es": "Alguien amenaza con difundir imágenes íntimas suyas si no paga o envía más. Usted no tiene la culpa y hay ayuda.",
            "pt": "Alguém ameaça divulgar imagens íntimas suas se você não pagar ou enviar mais. A culpa não é sua e há ajuda.",
            "fr": "Quelqu'un menace de diffuser des images intimes de vous si vous ne payez pas ou n'en envoyez pas d'autres. Ce n'est pas votre faute, et de l'aide existe.",
        },
        "avoid": {
            "en": "- Be careful with video calls and image exchanges with people you have not met.\n- Keep social-media profiles and friend lists private.",
            "es": "- Tenga cuidado con videollamadas e intercambio de imágenes con personas que no conoce en persona.\n- Mantenga privados sus perfiles y listas de contactos.",
        },
        "recognise": {
            "en": "- A new contact moves quickly to intimate conversation, then threatens you.\n- Demands for money, gift cards or more images, with a deadline.",
            "es": "- Un contacto nuevo pasa rápido a una conversación íntima y luego lo amenaza.\n- Exigencias de dinero, tarjetas de regalo o más imágenes, con un plazo.",
        },
        "evidence": {
            "en": "- Do not pay and do not send anything more.\n- Keep the messages, the profile name and its address; take screenshots.\n- Do not delete your account before saving the evidence.",
            "es": "- No pague y no envíe nada más.\n- Conserve los mensajes, el nombre del perfil y su dirección; tome capturas.\n- No borre su cuenta antes de guardar la evidencia.",
        },
        "report": {
            "en": "Report the profile to the platform and to the police. **If the victim is a child, report it as child sexual abuse material** (see that topic).",
            "es": "Denuncie el perfil ante la plataforma y ante la policía. **Si la víctima es un niño, niña o adolescente, denúncielo como material de abuso sexual infantil** (vea ese tema).",
        },
    },
    "ransomware": {
        "title": {"en": "Ransomware", "es": "Ransomware (secuestro de datos)", "pt": "Ransomware (sequestro de dados)",
                  "fr": "Rançongiciel"},
        "summary": {
            "en": "Malicious software locks your files or systems and demands payment to unlock them.",
            "es": "Un programa malicioso bloquea sus archivos o sistemas y exige un pago para liberarlos.",
            "pt": "Um programa malicioso bloqueia seus arquivos ou sistemas e exige pagamento para liberá-los.",
            "fr": "Un logiciel malveillant chiffre vos fichiers ou systèmes et exige une rançon pour les débloquer.",
        },
        "avoid": {
            "en": "- Keep offline backups and test that they restore.\n- Install updates promptly.\n- Use strong, unique passwords and two-step verification for remote access.",
            "es": "- Mantenga copias de seguridad desconectadas y compruebe que se pueden restaurar.\n- Instale las actualizaciones sin demora.\n- Use contraseñas robustas y únicas y verificación en dos pasos para el acceso remoto.",
        },
        "recognise": {
            "en": "- Files with strange extensions that will not open.\n- A ransom note on the screen or in folders.",
            "es": "- Archivos con extensiones extrañas que no se abren.\n- Una nota de rescate en la pantalla o en las carpetas.",
        },
        "evidence": {
            "en": "- Disconnect affected machines from the network, but do not switch them off if you can avoid it.\n- Keep the ransom note and any contact addresses.\n- Write down when you noticed it and what you did.",
            "es": "- Desconecte de la red los equipos afectados, pero evite apagarlos si puede.\n- Conserve la nota de rescate y las direcciones de contacto.\n- Anote cuándo lo notó y qué hizo.",
        },
        "report": {
            "en": "Organisations should call their national CSIRT and the police. Paying does not guarantee recovery.",
            "es": "Las organizaciones deben avisar al CSIRT nacional y a la policía. Pagar no garantiza recuperar los datos.",
        },
    },
    "identity-theft": {
        "title": {"en": "Identity theft", "es": "Robo de identidad", "pt": "Roubo de identidade",
                  "fr": "Usurpation d'identité"},
        "summary": {
            "en": "Someone uses your personal data to open accounts, take loans or pretend to be you.",
            "es": "Alguien usa sus datos personales para abrir cuentas, pedir préstamos o hacerse pasar por usted.",
            "pt": "Alguém usa seus dados pessoais para abrir contas, pedir empréstimos ou se passar por você.",
            "fr": "Quelqu'un utilise vos données personnelles pour ouvrir des comptes, emprunter ou se faire passer pour vous.",
        },
        "avoid": {
            "en": "- Share identity documents only when necessary, and mark copies with their purpose.\n- Check your bank statements and credit reports regularly.",
            "es": "- Comparta documentos de identidad solo cuando sea necesario y marque las copias con su finalidad.\n- Revise con regularidad sus extractos bancarios e historial de crédito.",
        },
        "recognise": {
            "en": "- Bills or debts you do not recognise.\n- Messages confirming accounts you never opened.",
            "es": "- Facturas o deudas que no reconoce.\n- Mensajes que confirman cuentas que nunca abrió.",
        },
        "evidence": {
            "en": "- Letters, statements and messages about the unknown accounts.\n- A list of where you may have shared your data.",
            "es": "- Cartas, extractos y mensajes sobre las cuentas desconocidas.\n- Una lista de dónde pudo haber compartido sus datos.",
        },
        "report": {
            "en": "Report to the police to obtain a report number, then to the banks or companies concerned.",
            "es": "Denuncie ante la policía para obtener un número de denuncia y luego ante los bancos o empresas afectados.",
        },
    },
    "harassment": {
        "title": {"en": "Online harassment", "es": "Acoso en línea", "pt": "Assédio on-line",
                  "fr": "Harcèlement en ligne"},
        "summary": {
            "en": "Repeated threats, insults, stalking or publication of your private data through the internet.",
            "es": "Amenazas, insultos, acecho o publicación de sus datos privados de forma reiterada a través de internet.",
            "pt": "Ameaças, insultos, perseguição ou divulgação de seus dados privados de forma repetida pela internet.",
            "fr": "Menaces, insultes, traque ou publication répétées de vos données privées sur internet.",
        },
        "avoid": {
            "en": "- Review who can see your posts, location and contact details.\n- Use the platforms' blocking and filtering tools.",
            "es": "- Revise quién puede ver sus publicaciones, ubicación y datos de contacto.\n- Use las herramientas de bloqueo y filtrado de las plataformas.",
        },
        "recognise": {
            "en": "- Unwanted contact that continues after you said no.\n- Threats, or your address or photos published without consent.",
            "es": "- Contacto no deseado que continúa después de que dijo que no.\n- Amenazas, o su dirección o fotos publicadas sin consentimiento.",
        },
        "evidence": {
            "en": "- Screenshots with dates and the profile addresses.\n- A log of each incident.",
            "es": "- Capturas con fechas y las direcciones de los perfiles.\n- Un registro de cada incidente.",
        },
        "report": {
            "en": "Report the accounts to the platform. Threats to your safety should be reported to the police at once.",
            "es": "Denuncie las cuentas ante la plataforma. Las amenazas a su seguridad deben denunciarse de inmediato ante la policía.",
        },
    },
    "child-sexual-abuse-material": {
        "title": {"en": "Reporting child sexual abuse material", "es": "Denunciar material de abuso sexual infantil",
                  "pt": "Denunciar material de abuso sexual infantil",
                  "fr": "Signaler des contenus d'abus sexuels sur enfants"},
        "summary": {
            "en": "If you come across sexual images or videos of children online, report them. Do not download or share them.",
            "es": "Si encuentra en internet imágenes o videos sexuales de niños, niñas o adolescentes, denúncielos. No los descargue ni los comparta.",
            "pt": "Se encontrar na internet imagens ou vídeos sexuais de crianças, denuncie. Não baixe nem compartilhe.",
            "fr": "Si vous tombez sur des images ou vidéos sexuelles d'enfants en ligne, signalez-les. Ne les téléchargez pas et ne les partagez pas.",
        },
        "avoid": {
            "en": "- Talk with children about online safety and who they talk to.\n- Use the safety settings of devices and apps children use.",
            "es": "- Hable con los niños sobre la seguridad en internet y con quién conversan.\n- Use la configuración de seguridad de los dispositivos y aplicaciones que usan.",
        },
        "recognise": {
            "en": "- An adult asking a child for images or secrecy.\n- Material showing a child in a sexual way, wherever it appears.",
            "es": "- Un adulto que pide imágenes o secreto a un niño.\n- Material que muestra a un niño de forma sexual, dondequiera que aparezca.",
        },
        "evidence": {
            "en": "- **Do not download, copy, screenshot or forward the material**, even to report it: that may itself be a crime.\n- Note only the web address, the platform and the time you saw it.",
            "es": "- **No descargue, copie, capture ni reenvíe el material**, ni siquiera para denunciarlo: eso puede ser un delito.\n- Anote solo la dirección web, la plataforma y la hora en que lo vio.",
        },
        "report": {
            "en": "Report to the police or specialised unit of your country, and to the platform. Hotlines of the INHOPE network ([inhope.org](https://www.inhope.org/)) accept reports from many countries; in the United States, the NCMEC CyberTipline ([report.cybertip.org](https://report.cybertip.org/)). If a child is in danger now, call the emergency number.",
            "es": "Denuncie ante la policía o la unidad especializada de su país y ante la plataforma. Las líneas de denuncia de la red INHOPE ([inhope.org](https://www.inhope.org/)) reciben denuncias de muchos países; en los Estados Unidos, la CyberTipline del NCMEC ([report.cybertip.org](https://report.cybertip.org/)). Si un niño corre peligro ahora, llame al número de emergencias.",
        },
    },
}

# Portuguese and French texts of the four parts, merged into GUIDANCE below.
_PT_FR = {
    "phishing": {
        "avoid": {
            "pt": "- Não abra links nem anexos de mensagens que você não esperava.\n- Digite você mesmo o endereço do seu banco ou use o aplicativo oficial.\n- Ative a verificação em duas etapas no e-mail, no banco e nas redes sociais.\n- Nunca informe a quem ligar para você um código recebido por SMS.",
            "fr": "- N'ouvrez pas les liens ni les pièces jointes de messages inattendus.\n- Tapez vous-même l'adresse de votre banque ou utilisez son application officielle.\n- Activez la validation en deux étapes pour la messagerie, la banque et les réseaux sociaux.\n- Ne donnez jamais un code reçu par SMS à quelqu'un qui vous appelle.",
        },
        "recognise": {
            "pt": "- Urgência: \"sua conta será encerrada hoje\".\n- Um remetente ou link quase igual ao verdadeiro, mas não exatamente.\n- Pedidos de senhas, números de cartão ou códigos de verificação.",
            "fr": "- L'urgence : « votre compte sera fermé aujourd'hui ».\n- Une adresse ou un lien presque identique au vrai, mais pas tout à fait.\n- Des demandes de mots de passe, de numéros de carte ou de codes de vérification.",
        },
        "evidence": {
            "pt": "- Guarde a mensagem; não a apague.\n- Faça capturas de tela com o remetente, a data e o link.\n- Anote valores, números de conta e referências das transações.",
            "fr": "- Gardez le message ; ne le supprimez pas.\n- Faites des captures d'écran montrant l'expéditeur, la date et le lien.\n- Notez les montants, numéros de compte et références des opérations.",
        },
        "report": {
            "pt": "Se você informou dados do cartão ou da conta, **ligue imediatamente para o seu banco** para bloqueá-lo. Depois, denuncie à polícia ou à unidade especializada do seu país (escolha abaixo).",
            "fr": "Si vous avez donné vos données de carte ou de compte, **appelez immédiatement votre banque** pour la faire bloquer. Signalez ensuite les faits à la police ou à l'unité spécialisée de votre pays (choisissez-le ci-dessous).",
        },
    },
    "online-fraud": {
        "avoid": {
            "pt": "- Desconfie de preços ou rendimentos muito melhores do que em outros lugares.\n- Pague com meios que protejam o comprador; nunca com cartões-presente ou criptomoedas a desconhecidos.",
            "fr": "- Méfiez-vous des prix ou rendements bien meilleurs qu'ailleurs.\n- Payez par des moyens qui protègent l'acheteur ; jamais par cartes cadeaux ou cryptomonnaies à des inconnus.",
        },
        "recognise": {
            "pt": "- Pressão para pagar rápido ou em segredo.\n- Um contato recente na internet que pede dinheiro.\n- Lucros prometidos como garantidos.",
            "fr": "- Une pression pour payer vite ou en secret.\n- Un contact récent sur internet qui demande de l'argent.\n- Des gains présentés comme garantis.",
        },
        "evidence": {
            "pt": "- Recibos, comprovantes de transferência e as contas para as quais pagou.\n- O endereço da loja e capturas da oferta.\n- Todas as mensagens com o vendedor.",
            "fr": "- Reçus, preuves de virement et comptes crédités.\n- L'adresse du site et des captures de l'offre.\n- Tous les messages échangés avec le vendeur.",
        },
        "report": {
            "pt": "Avise imediatamente o seu banco: algumas transferências ainda podem ser bloqueadas. Denuncie à polícia ou à unidade especializada do seu país.",
            "fr": "Prévenez immédiatement votre banque : certains virements peuvent encore être arrêtés. Portez plainte auprès de la police ou de l'unité spécialisée de votre pays.",
        },
    },
    "sextortion": {
        "avoid": {
            "pt": "- Cuidado com videochamadas e troca de imagens com pessoas que você não conhece pessoalmente.\n- Mantenha seus perfis e listas de contatos privados.",
            "fr": "- Soyez prudent avec les appels vidéo et les échanges d'images avec des personnes jamais rencontrées.\n- Gardez vos profils et listes d'amis privés.",
        },
        "recognise": {
            "pt": "- Um contato novo passa rapidamente a uma conversa íntima e depois ameaça você.\n- Exigências de dinheiro ou de mais imagens, com prazo.",
            "fr": "- Un nouveau contact passe vite à une conversation intime, puis vous menace.\n- Des exigences d'argent ou d'autres images, avec un délai.",
        },
        "evidence": {
            "pt": "- Não pague e não envie mais nada.\n- Guarde as mensagens, o nome e o endereço do perfil; faça capturas de tela.",
            "fr": "- Ne payez pas et n'envoyez plus rien.\n- Gardez les messages, le nom et l'adresse du profil ; faites des captures d'écran.",
        },
        "report": {
            "pt": "Denuncie o perfil à plataforma e à polícia. **Se a vítima for uma criança ou adolescente, denuncie como material de abuso sexual infantil.**",
            "fr": "Signalez le profil à la plateforme et à la police. **Si la victime est un enfant, signalez-le comme contenu d'abus sexuel sur enfant.**",
        },
    },
    "ransomware": {
        "avoid": {
            "pt": "- Mantenha cópias de segurança desconectadas e teste a restauração.\n- Instale as atualizações sem demora.\n- Use senhas fortes e verificação em duas etapas no acesso remoto.",
            "fr": "- Conservez des sauvegardes hors ligne et testez leur restauration.\n- Installez les mises à jour sans tarder.\n- Utilisez des mots de passe robustes et la validation en deux étapes pour l'accès à distance.",
        },
        "recognise": {
            "pt": "- Arquivos com extensões estranhas que não abrem.\n- Uma nota de resgate na tela ou nas pastas.",
            "fr": "- Des fichiers aux extensions étranges qui ne s'ouvrent plus.\n- Une demande de rançon à l'écran ou dans les dossiers.",
        },
        "evidence": {
            "pt": "- Desconecte da rede os equipamentos afetados, mas evite desligá-los.\n- Guarde a nota de resgate e os endereços de contato.",
            "fr": "- Déconnectez du réseau les machines touchées, sans les éteindre si possible.\n- Gardez la demande de rançon et les adresses de contact.",
        },
        "report": {
            "pt": "As organizações devem avisar o CSIRT nacional e a polícia. Pagar não garante a recuperação dos dados.",
            "fr": "Les organisations doivent prévenir le CSIRT national et la police. Payer ne garantit pas la récupération des données.",
        },
    },
    "identity-theft": {
        "avoid": {
            "pt": "- Compartilhe documentos de identidade só quando necessário.\n- Confira regularmente extratos bancários e seu histórico de crédito.",
            "fr": "- Ne communiquez vos pièces d'identité qu'en cas de nécessité.\n- Vérifiez régulièrement vos relevés bancaires et votre historique de crédit.",
        },
        "recognise": {
            "pt": "- Cobranças ou dívidas que você não reconhece.\n- Mensagens que confirmam contas que você nunca abriu.",
            "fr": "- Des factures ou dettes que vous ne reconnaissez pas.\n- Des messages confirmant des comptes jamais ouverts.",
        },
        "evidence": {
            "pt": "- Cartas, extratos e mensagens sobre as contas desconhecidas.",
            "fr": "- Lettres, relevés et messages concernant les comptes inconnus.",
        },
        "report": {
            "pt": "Registre um boletim de ocorrência na polícia e avise os bancos ou empresas envolvidos.",
            "fr": "Portez plainte auprès de la police, puis prévenez les banques ou entreprises concernées.",
        },
    },
    "harassment": {
        "avoid": {
            "pt": "- Revise quem pode ver suas publicações, sua localização e seus contatos.\n- Use as ferramentas de bloqueio das plataformas.",
            "fr": "- Vérifiez qui peut voir vos publications, votre position et vos coordonnées.\n- Utilisez les outils de blocage des plateformes.",
        },
        "recognise": {
            "pt": "- Contato indesejado que continua depois de você dizer não.\n- Ameaças, ou seu endereço ou fotos publicados sem consentimento.",
            "fr": "- Des contacts non désirés qui continuent après votre refus.\n- Des menaces, ou votre adresse ou vos photos publiées sans accord.",
        },
        "evidence": {
            "pt": "- Capturas de tela com datas e os endereços dos perfis.\n- Um registro de cada incidente.",
            "fr": "- Des captures d'écran datées avec les adresses des profils.\n- Un journal de chaque incident.",
        },
        "report": {
            "pt": "Denuncie as contas à plataforma. Ameaças à sua segurança devem ser comunicadas imediatamente à polícia.",
            "fr": "Signalez les comptes à la plateforme. Les menaces contre votre sécurité doivent être signalées sans attendre à la police.",
        },
    },
    "child-sexual-abuse-material": {
        "avoid": {
            "pt": "- Converse com as crianças sobre segurança na internet.\n- Use as configurações de segurança dos dispositivos e aplicativos que elas usam.",
            "fr": "- Parlez avec les enfants de la sécurité en ligne.\n- Utilisez les réglages de sécurité des appareils et applications qu'ils utilisent.",
        },
        "recognise": {
            "pt": "- Um adulto que pede imagens ou segredo a uma criança.\n- Material que mostra uma criança de forma sexual.",
            "fr": "- Un adulte qui demande des images ou le secret à un enfant.\n- Un contenu montrant un enfant de manière sexuelle.",
        },
        "evidence": {
            "pt": "- **Não baixe, copie, capture nem encaminhe o material**, nem mesmo para denunciar.\n- Anote apenas o endereço, a plataforma e a hora.",
            "fr": "- **Ne téléchargez, ne copiez, ne capturez et ne transférez pas le contenu**, même pour le signaler.\n- Notez seulement l'adresse, la plateforme et l'heure.",
        },
        "report": {
            "pt": "Denuncie à polícia ou à unidade especializada do seu país e à plataforma. As linhas da rede INHOPE ([inhope.org](https://www.inhope.org/)) recebem denúncias de muitos países. Se uma criança estiver em perigo agora, ligue para o número de emergência.",
            "fr": "Signalez-le à la police ou à l'unité spécialisée de votre pays et à la plateforme. Les lignes du réseau INHOPE ([inhope.org](https://www.inhope.org/)) reçoivent des signalements de nombreux pays. Si un enfant est en danger, appelez le numéro d'urgence.",
        },
    },
}

for _slug, _fields in _PT_FR.items():
    for _field, _texts in _fields.items():
        GUIDANCE[_slug][_field].update(_texts)
