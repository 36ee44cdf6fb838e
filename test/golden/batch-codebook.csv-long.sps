* Codebook for zelftest batch --format csv-long.
* Questionnaire clientondersteuning-wmo2015 1.1.0, sha256 128713333b6f6796ce1fb0e4f0e6a77d2deabb6094210b713f7f0141515c6eb5.
* Made with zelftest 0.1.0. Labels in Dutch (--lang).
* Variable names are the CSV column names with every character other than letters, digits and _ as _.

SET DECIMAL=DOT.
GET DATA
  /TYPE=TXT
  /FILE='data.csv'
  /ENCODING='UTF8'
  /ARRANGEMENT=DELIMITED
  /DELIMITERS=','
  /QUALIFIER='"'
  /FIRSTCASE=2
  /VARIABLES=
    file_id F8.0
    file A500
    municipality A500
    gemeentecode A500
    role A17
    date A10
    year F8.0
    theme A17
    item A46
    level A11
    answer A9
    status A19
    points F8.1
    has_note F1.0
    has_evidence F1.0
    weight F8.1
    questionnaire A500
    questionnaire_version A500
    questionnaire_sha256 A500
    tool_version A500
    meta_wave A500
.

VARIABLE LABELS
  file_id 'Volgnummer van het bestand in deze batch (1, 2, …; gesorteerd op pad); koppelt aan de brede csv'
  /file 'Antwoordbestand (pad zoals opgegeven)'
  /municipality 'Gemeente (officiële naam als een gemeentelijst is gebruikt)'
  /gemeentecode 'CBS-gemeentecode (GM + 4 cijfers), uit het bestand of de gemeentelijst'
  /role 'Rol van de invuller'
  /date 'Datum van de zelftest'
  /year 'Jaar van de zelftest (uit date)'
  /theme 'Thema van de vraag'
  /item 'Vraag (id)'
  /level 'Soort vraag'
  /answer 'Antwoord (leeg = niet beantwoord)'
  /status 'Uitkomst van de vraag (weet niet en niet beantwoord zijn onbekend)'
  /points 'Punten: ja 1, deels 0,5, anders 0; leeg als de vraag niet van toepassing is'
  /has_note 'Toelichting gegeven'
  /has_evidence 'Bron gegeven'
  /weight 'Gewicht van de vraag in de score'
  /questionnaire 'Id van de vragenlijst'
  /questionnaire_version 'Versie van de vragenlijst waarmee is gescoord'
  /questionnaire_sha256 'Vingerafdruk (SHA-256) van de vragenlijst waarmee is gescoord'
  /tool_version 'Versie van zelftest die de uitvoer maakte'
  /meta_wave 'Onderzoeksgegeven ''wave'' uit het blok meta van het antwoordbestand'
.

VALUE LABELS
  role
    'gemeente' 'gemeente'
    'adviesraad' 'adviesraad'
    'clientorganisatie' 'cliëntorganisatie'
    'aanbieder' 'aanbieder'
    'onderzoeker' 'onderzoeker'
    'anders' 'anders'
  /theme
    'beleidsplan' 'Beleidsplan'
    'onafhankelijkheid' 'Onafhankelijkheid'
    'levensbreed' 'Levensbreed'
    'toegankelijkheid' 'Toegankelijk en gratis'
    'informatieplicht' 'Informeren'
    'kwaliteit' 'Kwaliteit'
    'inspraak' 'Inspraak'
    'diversiteit' 'Keuze en aanbod'
    'samenspel' 'Samenspel formeel en informeel'
    'regie' 'Regie en samenhang'
    'afbakening' 'Afbakening'
    'lagen' 'Voor, tijdens en na de aanvraag'
    'bekendheid' 'Bekendheid en vindbaarheid'
    'outreach' 'Outreach'
    'contractering' 'Contractering, financiering en verantwoording'
    'monitoring' 'Monitoring en cliëntervaring'
    'klachten' 'Klachten en bezwaar'
  /item
    'beleidsplan.inrichting' 'Staat in het beleidsplan hoe de gemeente de cliëntondersteuning regelt?'
    'beleidsplan.wettelijke-eisen' 'Gaat het beleidsplan in op alle wettelijke eisen: onafhankelijk, voor alle levensgebieden, vrij toegankelijk, gratis en in het belang van de cliënt?'
    'onafhankelijkheid.professionele-autonomie' 'Is vastgelegd (in beleid, in de organisatie of in werkafspraken) dat cliëntondersteuners onafhankelijk en alleen in het belang van de cliënt kunnen werken, op basis van hun eigen vakmanschap?'
    'onafhankelijkheid.scheiding-toewijzing' 'Werken cliëntondersteuners in een andere organisatie of een ander team dan de mensen die beslissen over maatwerkvoorzieningen? Of is, als dat niet zo is, vastgelegd dat ondersteuners nooit zelf over zo''n voorziening beslissen?'
    'onafhankelijkheid.andere-ondersteuner' 'Is vastgelegd (in beleid en werkafspraken) dat een cliënt een andere ondersteuner kan krijgen als hij twijfelt of zijn ondersteuner wel objectief is?'
    'onafhankelijkheid.niet-in-dienst-gemeente' 'Werken de cliëntondersteuners bij een andere werkgever dan de gemeente, los van aanbieders van maatwerk, en geven zij zelf geen zorg?'
    'onafhankelijkheid.waarborgen-wijkteam' 'Werken cliëntondersteuners los van wijk- of toegangsteams? Of, als ze daar wel deel van uitmaken, zijn er afspraken die hun onafhankelijkheid beschermen?'
    'onafhankelijkheid.beleving-client' 'Gaat de gemeente na of inwoners hun ondersteuner zelf als onafhankelijk ervaren?'
    'onafhankelijkheid.beroepsstandaard' 'Vraagt de gemeente dat professionele ondersteuners werken volgens de beroepscode en het beroepsprofiel, bijvoorbeeld met inschrijving in het BCMB-register of een professioneel statuut?'
    'levensbreed.levensgebieden' 'Is vastgelegd dat cliëntondersteuning helpt bij vragen op alle levensgebieden: maatschappelijke ondersteuning, preventieve zorg, zorg, jeugdhulp, onderwijs, welzijn, wonen, werk en inkomen?'
    'levensbreed.samenhang' 'Staat in het beleid hoe de gemeente zorgt dat alle vormen van cliëntondersteuning in de gemeente op elkaar aansluiten?'
    'toegankelijkheid.algemene-voorziening' 'Is cliëntondersteuning een algemene voorziening, waar iedere inwoner zonder besluit of verwijzing gebruik van kan maken?'
    'toegankelijkheid.gratis' 'Is cliëntondersteuning gratis, dus zonder eigen bijdrage?'
    'informatieplicht.voorafgaand-onderzoek' 'Is vastgelegd (in beleid en werkprocessen) hoe inwoners horen dat er cliëntondersteuning is, vooral vóór het gesprek met de gemeente (het keukentafelgesprek)?'
    'informatieplicht.onafhankelijk-gratis' 'Vertelt de gemeente inwoners dat cliëntondersteuning onafhankelijk is, uitgaat van hun belang en gratis is?'
    'informatieplicht.andere-levensgebieden' 'Is vastgelegd hoe inwoners over cliëntondersteuning horen als zij zich melden met een vraag over iets anders dan de Wmo, zoals jeugd, werk en inkomen of schulden?'
    'kwaliteit.eisen' 'Is vastgelegd (in beleid of in de verordening) welke kwaliteitseisen gelden voor cliëntondersteuning, ook voor de deskundigheid van de professionals?'
    'kwaliteit.deskundigheidsbevordering' 'Krijgen alle ondersteuners (ook vrijwilligers) scholing, intervisie of begeleiding, zodat zij van alle levensgebieden genoeg weten of weten waar ze het kunnen halen?'
    'inspraak.betrokkenheid' 'Is vastgelegd (in beleid of in de verordening) hoe cliënten en hun vertegenwoordigers betrokken zijn bij de uitvoering van de Wmo?'
    'inspraak.clientondersteuning' 'Gaat de inspraak van cliënten en hun vertegenwoordigers ook over cliëntondersteuning?'
    'inspraak.adviesraad-agenderen' 'Is de adviesraad vroeg betrokken bij de plannen voor cliëntondersteuning, met een duidelijke rol voor raad en ambtenaar?'
    'inspraak.inwoners-betrekken' 'Betrekt de gemeente inwoners ook rechtstreeks, bijvoorbeeld met dialoogtafels of interviews over hun ervaring met ondersteuning?'
    'diversiteit.palet-aanbod' 'Is er een gevarieerd aanbod van cliëntondersteuning, met vrijwilligers en professionals, voor verschillende doelgroepen en vragen, individueel, in groepen en digitaal?'
    'diversiteit.keuzevrijheid' 'Kunnen inwoners een ondersteuner kiezen die bij hen past, en maakt de gemeente bekend welke aanbieders er zijn en waarin zij verschillen?'
    'diversiteit.specifieke-doelgroepen' 'Is er ondersteuning met specifieke kennis voor groepen als mensen met een licht verstandelijke beperking, dakloze mensen, mensen met psychische kwetsbaarheid en jongeren rond hun 18e?'
    'diversiteit.formele-basis' 'Is er altijd professionele cliëntondersteuning beschikbaar voor ingewikkelde vragen en als achtervang voor vrijwilligers?'
    'samenspel.informeel-aanbod' 'Zijn er in de gemeente informele cliëntondersteuners actief, zoals vrijwillige ouderenadviseurs of ervaringsdeskundigen?'
    'samenspel.officiele-positie-informeel' 'Hebben informele ondersteuners een officiële plek, met afspraken, subsidie of faciliteiten, en noemt de gemeente hen in haar informatie?'
    'samenspel.rolverdeling-convenant' 'Staat in een convenant of andere afspraak wie wat doet, waar de grenzen liggen en hoe formele en informele ondersteuners naar elkaar doorverwijzen?'
    'samenspel.netwerkcoordinator' 'Is er een vaste netwerkcoördinator, met een opdracht van de gemeente, die de samenwerking tussen alle ondersteuners regelt?'
    'samenspel.vrijwilligersmanagement' 'Krijgen vrijwillige ondersteuners scholing, begeleiding, hulp bij het bewaken van grenzen, een vaste professional als achtervang en een onkostenvergoeding?'
    'samenspel.intercollegiale-verbinding' 'Ontmoeten formele en informele ondersteuners elkaar geregeld, bijvoorbeeld in casusbesprekingen, intervisie, trainingen of netwerkdagen?'
    'regie.actieve-regisseur' 'Brengt de gemeente alle aanbieders bij elkaar (ook vrijwilligers en Wlz-ondersteuners), houdt zij een actuele sociale kaart bij en maakt zij samen afspraken over bekendheid, kwaliteit en financiering?'
    'regie.kerngroep-visie' 'Is de visie op cliëntondersteuning gemaakt door een kerngroep met mandaat, met mensen van de gemeente (uit meer beleidsvelden), aanbieders en inwoners, en een trekker?'
    'regie.lerende-dialoog' 'Is er een vast, lerend gesprek tussen gemeente, aanbieders en vertegenwoordigers van cliënten, en wisselt de gemeente ervaringen uit met andere gemeenten in de regio?'
    'afbakening.taken-en-grenzen' 'Is afgesproken wat wel en niet onder cliëntondersteuning valt (tegenover begeleiding, maatschappelijk werk of zorg), met grenzen in uren of stappen, en weten inwoners dat?'
    'afbakening.rol-gespreksvoerder' 'Zijn de rol van de gespreksvoerder van de gemeente en die van de cliëntondersteuner duidelijk van elkaar gescheiden, en helpt de ondersteuner bij het persoonlijk plan of familiegroepsplan?'
    'afbakening.wlz-aansluiting' 'Is er afstemming met het zorgkantoor en de Wlz-cliëntondersteuners over de overgang van Wmo naar Wlz?'
    'lagen.reflectie-voorveld' 'Kunnen inwoners ook bij een ondersteuner terecht voor het nadenken over hun eigen leven en voor vroege vragen, dus al vóórdat er een aanvraag of gesprek is?'
    'lagen.gebruik-vervolg' 'Helpt cliëntondersteuning ook mensen die al hulp krijgen, bijvoorbeeld bij een herindicatie, een zorgplan, een klacht of bezwaar?'
    'bekendheid.algemene-communicatie' 'Leggen website en folders uit wat cliëntondersteuning is, ook voor doven en blinden? En is die uitleg samen met cliëntenorganisaties gemaakt en te vinden vanaf de pagina''s over Wmo en jeugd?'
    'bekendheid.gerichte-communicatie' 'Noemt de gemeente cliëntondersteuning in de uitnodigingsbrief, in het gesprek, in het verslag en bij een herindicatie, met wat het oplevert en welke informele hulp er is?'
    'bekendheid.verwijzers-informeren' 'Weten verwijzers zoals huisartsen, scholen, zorgaanbieders, schuldhulp en zorgverzekeraars dat er cliëntondersteuning is?'
    'bekendheid.vindplaatsen-laagdrempelig' 'Kunnen inwoners dichtbij en zonder afspraak terecht, bijvoorbeeld op wijk- of dorpspunten, bij inloopspreekuren of via sociale media?'
    'bekendheid.herkenbare-naam' 'Heeft de gemeente met inwoners onderzocht welke naam voor cliëntondersteuning zij begrijpen en aanspreekt?'
    'outreach.zorgmijders' 'Is er ondersteuning die actief mensen opzoekt die zich niet zelf melden, zoals zorgmijders, dakloze mensen, mensen uit de ggz en migranten, op een cultuursensitieve manier?'
    'contractering.passende-vorm' 'Heeft de gemeente bewust gekozen tussen subsidie, inkoop of aanbesteding, met meer dan één aanbieder, en eventueel samen met andere gemeenten?'
    'contractering.bekostiging-algemene-voorziening' 'Past de financiering bij een vrij toegankelijke voorziening, zonder budgetplafond dat inwoners tegenhoudt, en met resultaatafspraken die samen met aanbieders en cliëntvertegenwoordigers zijn gemaakt?'
    'contractering.eisen-in-contract' 'Staan in contracten of subsidies eisen over onafhankelijkheid, kwaliteit, scholing, bereikbaarheid, samenwerking met informele ondersteuners en evaluatie door cliënten?'
    'contractering.verantwoording' 'Past de verantwoording bij de manier van financieren, met ook verhalen en geanonimiseerde voorbeelden, en gebruikt de gemeente die in haar beleid?'
    'contractering.stabiele-opdracht' 'Krijgen aanbieders een duidelijke en stabiele opdracht, worden wijzigingen op tijd aangekondigd en is een overgang gefinancierd?'
    'monitoring.ceo-vragen' 'Staan vragen over bekendheid, gebruik en ervaring met cliëntondersteuning in het verplichte cliëntervaringsonderzoek (CEO) van de Wmo?'
    'monitoring.evaluatie-na-gebruik' 'Vragen aanbieders inwoners na afloop kort wat de ondersteuning hen opleverde, en zijn er ook onafhankelijke evaluaties?'
    'monitoring.periodieke-evaluatie' 'Worden gebruik, soorten vragen en resultaten bijgehouden, en evalueert de gemeente dit geregeld met cliëntvertegenwoordigers, bijvoorbeeld met deze zelftest?'
    'klachten.regeling-clientondersteuning' 'Is er een klachtenregeling waarmee inwoners kunnen klagen over hoe hun cliëntondersteuner werkt?'
    'klachten.rol-bij-bezwaar' 'Is afgesproken en bekendgemaakt wat de cliëntondersteuner doet bij klachten en bezwaar, naast vertrouwenspersonen en anderen, en gaat een gesprek vooraf nooit ten koste van de bezwaartermijn?'
  /level
    'wettelijk' 'wettelijke eis'
    'aanbeveling' 'goede praktijk (aanbeveling)'
  /answer
    'ja' 'Ja'
    'deels' 'Deels'
    'nee' 'Nee'
    'weet-niet' 'Weet niet'
  /status
    'voldoet' 'voldoet'
    'deels' 'deels'
    'onbekend' 'onbekend'
    'voldoet-niet' 'voldoet niet'
    'niet-van-toepassing' 'niet van toepassing'
  /has_note
    1 'ja'
    0 'nee'
  /has_evidence
    1 'ja'
    0 'nee'
.

EXECUTE.
