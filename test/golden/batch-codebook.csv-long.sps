* Codeboek voor zelftest batch --format csv-long.
* Vragenlijst clientondersteuning-wmo2015 1.3.0, sha256 8091f196c949449dca31343ef61195c49d657f4239e33619dd022043d68bdd4e.
* Gemaakt met zelftest 0.1.0. Labels in het Nederlands (--lang).
* Variabelenamen zijn de kolomnamen van de CSV, met elk ander teken dan letters, cijfers en _ als _.
* /FILE hieronder is de naam van het databestand (--out) zonder map. SPSS zoekt het in zijn eigen
* werkmap, niet naast dit syntaxbestand: geef eerst CD 'map van de data'. of schrijf het volledige pad.
* Antwoorden, oordelen, statussen, rollen en soorten vragen worden getallen met waardelabels:
* antwoord ja 1, deels 2, nee 3, weet niet 8, niet beantwoord 9 (8 en 9 ontbrekend);
* oordeel en status voldoet 1, deels 2, onbekend 3, voldoet niet 4 (het slechtste telt het zwaarst),
* niet van toepassing 9 (ontbrekend). Een leeg veld (geen waarde, of een ongeldig bestand) is systeem-ontbrekend.
* Regeleinden in een tekstveld staan in het databestand als ⏎ (U+23CE): GET DATA leest één
* regel per geval. Zet ze in SPSS zo nodig terug met REPLACE. Andere stuurtekens (behalve tab)
* staan er als hun Unicode-beeldteken (NUL als ␀ U+2400, ESC als ␛ U+241B, DEL als ␡ U+2421):
* SPSS zou tekst bij NUL afbreken. Tekst die zelf al ⏎ of zo'n beeldteken bevat, is daarvan
* niet te onderscheiden.
* Tekst die met = + - @ begint, staat in het databestand met een ' ervoor (tegen formules in
* spreadsheets). Voor analyse zonder die ': maak de data opnieuw met --no-escape-formulas.
* Tekstbreedtes (A) komen uit de data: het langste veld in bytes. meta_*-kolommen waarin elke
* waarde een getal is, worden getallen; waarin elke waarde een datum jjjj-mm-dd is, datums.
* Datums (date) staan in het databestand als jjjj-mm-dd en worden hieronder SPSS-datums (SDATE10,
* jjjj/mm/dd): te sorteren en om mee te rekenen, zoals DATEDIFF of XDATE.YEAR. Een veld dat geen
* bestaande dag jjjj-mm-dd is (ook een leeg veld) wordt systeem-ontbrekend, zonder waarschuwing.
* 5 labels zijn langer dan SPSS toestaat (waardelabels 120 bytes,
* variabelelabels 256): ingekort na een heel woord, met … aan het eind.
* Het codeboek (md, csv) heeft de hele tekst.

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
    file A1
    municipality A14
    gemeentecode A6
    t_role A17
    t_date A40
    year F8.0
    theme A17
    item A46
    t_level A11
    t_answer A9
    t_status A19
    points F8.1
    has_note F1.0
    has_evidence F1.0
    weight F8.1
    questionnaire A27
    questionnaire_version A5
    questionnaire_sha256 A64
    tool_version A5
    group_size F8.0
    votes_ja F8.0
    votes_deels F8.0
    votes_nee F8.0
    votes_weet_niet F8.0
    n_dissent F8.0
    meta_wave F8.0
    in_score F1.0
    in_law_score F1.0
.

RECODE t_role ('gemeente'=1) ('adviesraad'=2) ('clientorganisatie'=3) ('aanbieder'=4)
    ('onderzoeker'=5) ('anders'=6) (ELSE=SYSMIS) INTO role.
RECODE t_level ('wettelijk'=1) ('aanbeveling'=2) (ELSE=SYSMIS) INTO level.
RECODE t_answer ('ja'=1) ('deels'=2) ('nee'=3) ('weet-niet'=8) (''=9) (ELSE=SYSMIS) INTO answer.
RECODE t_status ('voldoet'=1) ('deels'=2) ('onbekend'=3) ('voldoet-niet'=4)
    ('niet-van-toepassing'=9) (ELSE=SYSMIS) INTO status.
IF (status = 9 AND answer = 9) answer = 7.
COMPUTE date = $SYSMIS.
COMPUTE #ok = LENGTH(RTRIM(t_date)) = 10 AND SUBSTR(t_date, 5, 1) = '-' AND SUBSTR(t_date, 8, 1) = '-'.
LOOP #i = 1 TO 10.
  IF (#i <> 5 AND #i <> 8 AND INDEX('0123456789', SUBSTR(t_date, #i, 1)) = 0) #ok = 0.
END LOOP.
DO IF #ok.
  COMPUTE #y = NUMBER(SUBSTR(t_date, 1, 4), F4.0).
  COMPUTE #m = NUMBER(SUBSTR(t_date, 6, 2), F2.0).
  COMPUTE #d = NUMBER(SUBSTR(t_date, 9, 2), F2.0).
  DO IF #y >= 1583 AND RANGE(#m, 1, 12) AND RANGE(#d, 1, 31).
    COMPUTE #date = DATE.DMY(#d, #m, #y).
    IF (XDATE.MDAY(#date) = #d) date = #date.
  END IF.
END IF.
MATCH FILES /FILE=* /KEEP= file_id file municipality gemeentecode role date year theme item level
    answer status points has_note has_evidence weight questionnaire questionnaire_version
    questionnaire_sha256 tool_version group_size votes_ja votes_deels votes_nee votes_weet_niet
    n_dissent meta_wave in_score in_law_score.
FORMATS role level answer status (F1.0).
FORMATS date (SDATE10).

VARIABLE LEVEL
  file_id date year points weight group_size votes_ja votes_deels votes_nee votes_weet_niet
    n_dissent meta_wave (SCALE)
  / answer status (ORDINAL)
  / file municipality gemeentecode role theme item level has_note has_evidence questionnaire
    questionnaire_version questionnaire_sha256 tool_version in_score in_law_score (NOMINAL)
.

VARIABLE LABELS
  file_id 'Volgnummer van het bestand in deze batch (1, 2, …; gesorteerd op pad); koppelt aan de brede csv'
  /file 'Antwoordbestand (pad zoals opgegeven; alleen met --include-paths, anders leeg)'
  /municipality 'Gemeente (officiële naam als een gemeentelijst is gebruikt)'
  /gemeentecode 'CBS-gemeentecode (GM + 4 cijfers), uit het bestand of de gemeentelijst'
  /role 'Rol van de invuller'
  /date 'Datum van de zelftest'
  /year 'Jaar van de zelftest (uit date)'
  /theme 'Thema van de vraag'
  /item 'Vraag (id)'
  /level 'Soort vraag'
  /answer 'Antwoord (leeg = niet beantwoord, of niet gevraagd als de vraag niet van toepassing is)'
  /status 'Uitkomst van de vraag (weet niet en niet beantwoord zijn onbekend)'
  /points 'Punten: ja 1, deels 0,5, anders 0; leeg als de vraag niet van toepassing is'
  /has_note 'Toelichting gegeven'
  /has_evidence 'Bron gegeven'
  /weight 'Gewicht van de vraag in de score'
  /questionnaire 'Id van de vragenlijst'
  /questionnaire_version 'Versie van de vragenlijst waarmee is gescoord'
  /questionnaire_sha256 'Vingerafdruk (SHA-256) van de vragenlijst waarmee is gescoord'
  /tool_version 'Versie van zelftest die de uitvoer maakte'
  /group_size 'Groepsantwoord: aantal leden (samengevoegde antwoordbestanden) waaruit het is gemaakt; leeg voor de antwoorden van één invuller'
  /votes_ja 'Groepsantwoord: aantal leden dat ''Ja'' antwoordde (0 als niemand; leeg voor de antwoorden van één invuller)'
  /votes_deels 'Groepsantwoord: aantal leden dat ''Deels'' antwoordde (0 als niemand; leeg voor de antwoorden van één invuller)'
  /votes_nee 'Groepsantwoord: aantal leden dat ''Nee'' antwoordde (0 als niemand; leeg voor de antwoorden van één invuller)'
  /votes_weet_niet 'Groepsantwoord: aantal leden dat ''Weet niet'' antwoordde (0 als niemand; leeg voor de antwoorden van één invuller)'
  /n_dissent 'Groepsantwoord: aantal leden dat anders antwoordde dan de groep (dissent; leeg voor de antwoorden van één invuller)'
  /meta_wave 'Onderzoeksgegeven ''wave'' uit het blok meta van het antwoordbestand'
  /in_score 'Telt mee voor score en verdict (de VNG-lens: de 15 rijen van de VNG-zelftest 2015, of elke wettelijke vraag als de vragenlijst die rijen niet aanwijst)'
  /in_law_score 'Telt mee voor law_score en law_verdict (de wetslens: wettelijke vragen waarvan de eis de tekst van de wet zelf is)'
.

VALUE LABELS
  role
    1 'gemeente'
    2 'adviesraad'
    3 'cliëntorganisatie'
    4 'aanbieder'
    5 'onderzoeker'
    6 'anders'
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
    'outreach' 'Erop af'
    'contractering' 'Contractering, financiering en verantwoording'
    'monitoring' 'Meten en cliëntervaring'
    'klachten' 'Klachten en bezwaar'
  /item
    'beleidsplan.inrichting' 'Staat in het beleidsplan hoe de gemeente de cliëntondersteuning regelt?'
    'beleidsplan.wettelijke-eisen' 'Staat in het beleidsplan per wettelijke eis hoe de gemeente daaraan voldoet?'
    'beleidsplan.praktijk-uitvoering' 'Heeft de gemeente het afgelopen jaar gedaan wat het beleidsplan over cliëntondersteuning belooft?'
    'onafhankelijkheid.professionele-autonomie' 'Is vastgelegd dat cliëntondersteuners onafhankelijk werken, zonder opdrachten van de gemeente of een zorgaanbieder…'
    'onafhankelijkheid.belang-voorop' 'Zorgt de gemeente ervoor dat cliëntondersteuning uitgaat van het belang van de inwoner?'
    'onafhankelijkheid.scheiding-toewijzing' 'Is geregeld dat cliëntondersteuners nooit beslissen over een maatwerkvoorziening?'
    'onafhankelijkheid.andere-ondersteuner' 'Is vastgelegd dat een cliënt een andere ondersteuner kan krijgen als hij aan de eerste twijfelt?'
    'onafhankelijkheid.niet-in-dienst-gemeente' 'Werken de cliëntondersteuners bij een andere werkgever dan de gemeente?'
    'onafhankelijkheid.los-van-zorgaanbieder' 'Werken cliëntondersteuners los van aanbieders die maatwerkvoorzieningen leveren?'
    'onafhankelijkheid.geen-eigen-zorg' 'Geven cliëntondersteuners zelf geen zorg of begeleiding aan hun cliënten?'
    'onafhankelijkheid.waarborgen-wijkteam' 'Als ondersteuners in een wijkteam zitten: zijn er afspraken die hun onafhankelijkheid beschermen?'
    'onafhankelijkheid.beleving-client' 'Gaat de gemeente na of inwoners hun ondersteuner zelf als onafhankelijk ervaren?'
    'onafhankelijkheid.beroepsstandaard' 'Vraagt de gemeente dat formele ondersteuners werken volgens de beroepscode van hun vak?'
    'onafhankelijkheid.professioneel-statuut' 'Werken formele ondersteuners met een professioneel statuut?'
    'onafhankelijkheid.praktijk-wissel' 'Kregen cliënten die om een andere ondersteuner vroegen er in de praktijk ook één?'
    'levensbreed.levensgebieden' 'Helpt cliëntondersteuning in uw gemeente bij vragen op alle levensgebieden uit de wet?'
    'levensbreed.samenhang' 'Staat in het beleid hoe de vormen van cliëntondersteuning in de gemeente op elkaar aansluiten?'
    'levensbreed.praktijk-vragen' 'Laten de cijfers van de aanbieders zien dat inwoners ook met vragen over werk, geld of school komen?'
    'toegankelijkheid.beschikbaar' 'Is cliëntondersteuning er in de praktijk voor iedere inwoner die erom vraagt?'
    'toegankelijkheid.algemene-voorziening' 'Kan iedere inwoner cliëntondersteuning krijgen zonder dat de gemeente eerst onderzoekt of hij die nodig heeft?'
    'toegankelijkheid.gratis' 'Betalen inwoners niets voor cliëntondersteuning, ook geen eigen bijdrage?'
    'toegankelijkheid.wachttijd' 'Weet de gemeente hoe lang inwoners wachten op een cliëntondersteuner?'
    'toegankelijkheid.capaciteit' 'Zijn er genoeg ondersteuners om iedereen te helpen die erom vraagt?'
    'toegankelijkheid.ongebruikte-uren' 'Houdt de gemeente bij hoeveel ingekochte uren cliëntondersteuning ongebruikt blijven?'
    'informatieplicht.voorafgaand-onderzoek' 'Vertelt de gemeente de inwoner én zijn mantelzorger over gratis cliëntondersteuning voordat het onderzoek begint?'
    'informatieplicht.herindicatie' 'Wijst de gemeente de cliënt en zijn mantelzorger ook vóór een herindicatie op gratis cliëntondersteuning?'
    'informatieplicht.onafhankelijk-gratis' 'Noemt de informatie voor inwoners alle drie de kenmerken van cliëntondersteuning: gratis, onafhankelijk en vanuit…'
    'informatieplicht.andere-levensgebieden' 'Is vastgelegd hoe inwoners met een vraag over jeugd, werk of schulden over cliëntondersteuning horen?'
    'informatieplicht.praktijk-verslagen' 'Staat in recente gespreksverslagen dat de gemeente gratis cliëntondersteuning aanbood?'
    'kwaliteit.eisen' 'Staan in de Wmo-verordening kwaliteitseisen die ook voor cliëntondersteuning gelden?'
    'kwaliteit.deskundigheidsbevordering' 'Krijgen alle ondersteuners, ook vrijwilligers, geregeld scholing?'
    'kwaliteit.intervisie' 'Bespreken ondersteuners hun werk geregeld met collega''s, bijvoorbeeld in intervisie?'
    'kwaliteit.praktijk-toets' 'Controleert de gemeente in gesprekken met aanbieders of de kwaliteitseisen worden gehaald?'
    'kwaliteit.geheimhouding' 'Is met de aanbieders afgesproken dat ondersteuners niets over een inwoner doorgeven aan de gemeente of anderen zonder…'
    'kwaliteit.meldcode' 'Werken de cliëntondersteuners met de meldcode huiselijk geweld en kindermishandeling?'
    'kwaliteit.dossiers' 'Kan een inwoner zijn dossier bij de aanbieder van cliëntondersteuning inzien?'
    'inspraak.betrokkenheid' 'Staat in de verordening hoe cliënten en hun vertegenwoordigers meepraten over de Wmo?'
    'inspraak.clientondersteuning' 'Gaat de inspraak van cliënten ook over cliëntondersteuning?'
    'inspraak.adviesraad-agenderen' 'Betrekt de gemeente de adviesraad vroeg bij plannen voor cliëntondersteuning?'
    'inspraak.rollen-adviesraad' 'Zijn de rollen van adviesraad en ambtenaar bij plannen voor cliëntondersteuning duidelijk afgesproken?'
    'inspraak.inwoners-betrekken' 'Praat de gemeente ook rechtstreeks met inwoners over hun ervaring met ondersteuning?'
    'inspraak.praktijk-advies' 'Heeft de adviesraad de afgelopen twee jaar advies gegeven over cliëntondersteuning?'
    'diversiteit.palet-aanbod' 'Is het aanbod van cliëntondersteuning gevarieerd genoeg voor alle inwoners?'
    'diversiteit.vormen' 'Is er naast hulp voor één persoon ook ondersteuning in groepen of online?'
    'diversiteit.keuzevrijheid' 'Kunnen inwoners zelf een ondersteuner kiezen die bij hen past?'
    'diversiteit.overzicht-aanbieders' 'Maakt de gemeente bekend welke aanbieders er zijn en waarin zij verschillen?'
    'diversiteit.specifieke-doelgroepen' 'Is er ondersteuning met specifieke kennis voor groepen met vaak ingewikkelde vragen?'
    'diversiteit.ouderen-dementie' 'Zijn er cliëntondersteuners die de situatie van kwetsbare ouderen kennen, zoals ouderen met dementie of met weinig…'
    'diversiteit.mantelzorgers' 'Kunnen mantelzorgers zelf ook cliëntondersteuning krijgen?'
    'diversiteit.pgb-aanvragers' 'Helpt cliëntondersteuning ook mensen die een pgb willen aanvragen?'
    'diversiteit.formele-basis' 'Is er altijd een formele ondersteuner voor ingewikkelde vragen?'
    'samenspel.informeel-aanbod' 'Zijn er in de gemeente informele ondersteuners actief, zoals ouderenadviseurs of ervaringsdeskundigen?'
    'samenspel.officiele-positie-informeel' 'Hebben informele ondersteuners vaste afspraken met de gemeente, bijvoorbeeld een subsidie?'
    'samenspel.informeel-in-communicatie' 'Noemt de gemeente informele ondersteuners in haar informatie aan inwoners?'
    'samenspel.rolverdeling-convenant' 'Staat in een convenant hoe formele en informele ondersteuners het werk verdelen?'
    'samenspel.netwerkcoordinator' 'Is er een vaste netwerkcoördinator die de samenwerking tussen ondersteuners regelt?'
    'samenspel.vrijwilligersmanagement' 'Krijgen informele ondersteuners goede begeleiding bij hun werk?'
    'samenspel.achtervang-professional' 'Kunnen informele ondersteuners bij moeilijke vragen terugvallen op een vaste professional?'
    'samenspel.intercollegiale-verbinding' 'Ontmoeten formele en informele ondersteuners elkaar geregeld, bijvoorbeeld in een casusbespreking?'
    'regie.actieve-regisseur' 'Brengt de gemeente alle aanbieders van cliëntondersteuning geregeld bij elkaar?'
    'regie.sociale-kaart' 'Is er een actuele sociale kaart met alle vormen van cliëntondersteuning?'
    'regie.kerngroep-visie' 'Is de visie op cliëntondersteuning gemaakt in een kerngroep waarin alle betrokken partijen zaten?'
    'regie.lerende-dialoog' 'Praten gemeente, aanbieders en cliëntvertegenwoordigers geregeld samen over wat beter kan?'
    'regie.regionaal-leren' 'Wisselt de gemeente ervaringen over cliëntondersteuning uit met andere gemeenten in de regio?'
    'afbakening.taken-en-grenzen' 'Is afgesproken wat wel en niet onder cliëntondersteuning valt?'
    'afbakening.grenzen-bekend' 'Weten inwoners hoeveel hulp zij van een cliëntondersteuner kunnen verwachten?'
    'afbakening.rol-gespreksvoerder' 'Zijn de rollen van gespreksvoerder en cliëntondersteuner duidelijk gescheiden?'
    'afbakening.persoonlijk-plan' 'Helpt de ondersteuner inwoners bij het maken van een persoonlijk plan?'
    'afbakening.wlz-aansluiting' 'Maakt de gemeente afspraken met het zorgkantoor over de overstap naar de Wlz?'
    'lagen.reflectie-voorveld' 'Kunnen inwoners al bij een ondersteuner terecht vóórdat zij hulp aanvragen?'
    'lagen.gebruik-vervolg' 'Helpt cliëntondersteuning ook mensen die al hulp krijgen, bijvoorbeeld bij een herindicatie?'
    'bekendheid.algemene-communicatie' 'Legt de website van de gemeente duidelijk uit wat cliëntondersteuning is?'
    'bekendheid.toegankelijke-informatie' 'Is de uitleg over cliëntondersteuning er in vormen die ook mensen met een beperking kunnen gebruiken?'
    'bekendheid.samen-met-clienten' 'Maakt de gemeente haar uitleg over cliëntondersteuning samen met cliëntenorganisaties?'
    'bekendheid.gerichte-communicatie' 'Legt de uitnodigingsbrief uit wat een cliëntondersteuner voor de inwoner kan doen en hoe hij er een vraagt?'
    'bekendheid.in-verslag' 'Heeft het standaardformulier voor het gespreksverslag een vaste regel over cliëntondersteuning?'
    'bekendheid.verwijzers-informeren' 'Weten verwijzers, zoals huisartsen en scholen, dat er cliëntondersteuning is?'
    'bekendheid.vindplaatsen-laagdrempelig' 'Kunnen inwoners dichtbij huis zonder afspraak bij een ondersteuner terecht?'
    'bekendheid.herkenbare-naam' 'Heeft de gemeente met inwoners getest welke naam voor cliëntondersteuning zij begrijpen?'
    'outreach.zorgmijders' 'Zoeken ondersteuners actief mensen op die zelf geen hulp vragen?'
    'outreach.cultuursensitief' 'Werken ondersteuners cultuursensitief, zodat ook migranten zich begrepen voelen?'
    'contractering.passende-vorm' 'Heeft de gemeente bewust gekozen tussen subsidie, inkoop en aanbesteding?'
    'contractering.meer-aanbieders' 'Werkt de gemeente met meer dan één aanbieder van cliëntondersteuning?'
    'contractering.bekostiging-algemene-voorziening' 'Is de financiering zo geregeld dat geen budgetplafond inwoners tegenhoudt?'
    'contractering.eisen-in-contract' 'Staan de eisen voor cliëntondersteuning in de contracten of subsidieafspraken?'
    'contractering.verantwoording' 'Past de manier van verantwoorden bij de manier van financieren?'
    'contractering.stabiele-opdracht' 'Krijgen aanbieders een duidelijke opdracht die niet elk jaar verandert?'
    'monitoring.ceo-vragen' 'Gebruikt de gemeente de uitkomsten van het cliëntervaringsonderzoek over cliëntondersteuning om haar aanpak te…'
    'monitoring.evaluatie-na-gebruik' 'Vragen aanbieders inwoners na afloop wat de ondersteuning hen opleverde?'
    'monitoring.gebruik-bijhouden' 'Houdt de gemeente bij hoeveel inwoners cliëntondersteuning gebruiken?'
    'monitoring.periodieke-evaluatie' 'Bespreekt de gemeente elk jaar de resultaten van cliëntondersteuning met cliëntvertegenwoordigers?'
    'klachten.regeling-clientondersteuning' 'Is er een klachtenregeling waarmee inwoners kunnen klagen over hoe hun cliëntondersteuner werkt?'
    'klachten.rol-bij-bezwaar' 'Is afgesproken wat de cliëntondersteuner doet bij een klacht of bezwaar?'
  /level
    1 'wettelijke eis'
    2 'goede praktijk (aanbeveling)'
  /answer
    1 'Ja'
    2 'Deels'
    3 'Nee'
    8 'Weet niet'
    7 'niet gevraagd (vraag niet van toepassing)'
    9 'niet beantwoord'
  /status
    1 'voldoet'
    2 'deels'
    3 'onbekend'
    4 'voldoet niet'
    9 'niet van toepassing'
  /has_note
    1 'ja'
    0 'nee'
  /has_evidence
    1 'ja'
    0 'nee'
  /in_score
    1 'ja'
    0 'nee'
  /in_law_score
    1 'ja'
    0 'nee'
.

MISSING VALUES
  answer (7, 8, 9)
  /status (9)
.

EXECUTE.
