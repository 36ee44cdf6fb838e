* Codeboek voor zelftest batch --format csv.
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

SET DECIMAL=COMMA.
GET DATA
  /TYPE=TXT
  /FILE='data.csv'
  /ENCODING='UTF8'
  /ARRANGEMENT=DELIMITED
  /DELIMITERS=';'
  /QUALIFIER='"'
  /FIRSTCASE=2
  /VARIABLES=
    file A1
    t_status A7
    municipality A14
    t_respondent_role A17
    t_date A40
    questionnaire A27
    answers_version A5
    t_verdict A12
    score F8.1
    t_practice_verdict A12
    practice_score F8.1
    t_beleidsplan_verdict A12
    beleidsplan_score F8.1
    beleidsplan_practice_score F8.1
    t_onafhankelijkheid_verdict A12
    onafhankelijkheid_score F8.1
    onafhankelijkheid_practice_score F8.1
    t_levensbreed_verdict A12
    levensbreed_score F8.1
    levensbreed_practice_score F8.1
    t_toegankelijkheid_verdict A12
    toegankelijkheid_score F8.1
    toegankelijkheid_practice_score F8.1
    t_informatieplicht_verdict A12
    informatieplicht_score F8.1
    informatieplicht_practice_score F8.1
    t_kwaliteit_verdict A12
    kwaliteit_score F8.1
    kwaliteit_practice_score F8.1
    t_inspraak_verdict A12
    inspraak_score F8.1
    inspraak_practice_score F8.1
    diversiteit_practice_score F8.1
    samenspel_practice_score F8.1
    regie_practice_score F8.1
    afbakening_practice_score F8.1
    lagen_practice_score F8.1
    bekendheid_practice_score F8.1
    outreach_practice_score F8.1
    contractering_practice_score F8.1
    monitoring_practice_score F8.1
    klachten_practice_score F8.1
    error A278
    file_id F8.0
    gemeentecode A6
    year F8.0
    questionnaire_version A5
    questionnaire_sha256 A64
    answers_sha256 A64
    tool_version A5
    n_answered F8.0
    n_weet_niet F8.0
    n_unanswered F8.0
    practice_filled F1.0
    practice_n_answered F8.0
    practice_n_weet_niet F8.0
    practice_n_unanswered F8.0
    practice_n_not_applicable F8.0
    error_code A13
    t_law_verdict A12
    law_score F8.1
    group_size F8.0
    n_newer_items F8.0
    meta_wave F8.0
.

RECODE t_status ('valid'=1) ('invalid'=0) (ELSE=SYSMIS) INTO status.
RECODE t_respondent_role ('gemeente'=1) ('adviesraad'=2) ('clientorganisatie'=3) ('aanbieder'=4)
    ('onderzoeker'=5) ('anders'=6) (ELSE=SYSMIS) INTO respondent_role.
RECODE t_verdict ('voldoet'=1) ('deels'=2) ('onbekend'=3) ('voldoet-niet'=4) (ELSE=SYSMIS) INTO
    verdict.
RECODE t_practice_verdict ('voldoet'=1) ('deels'=2) ('onbekend'=3) ('voldoet-niet'=4) (ELSE=SYSMIS)
    INTO practice_verdict.
RECODE t_beleidsplan_verdict ('voldoet'=1) ('deels'=2) ('onbekend'=3) ('voldoet-niet'=4)
    (ELSE=SYSMIS) INTO beleidsplan_verdict.
RECODE t_onafhankelijkheid_verdict ('voldoet'=1) ('deels'=2) ('onbekend'=3) ('voldoet-niet'=4)
    (ELSE=SYSMIS) INTO onafhankelijkheid_verdict.
RECODE t_levensbreed_verdict ('voldoet'=1) ('deels'=2) ('onbekend'=3) ('voldoet-niet'=4)
    (ELSE=SYSMIS) INTO levensbreed_verdict.
RECODE t_toegankelijkheid_verdict ('voldoet'=1) ('deels'=2) ('onbekend'=3) ('voldoet-niet'=4)
    (ELSE=SYSMIS) INTO toegankelijkheid_verdict.
RECODE t_informatieplicht_verdict ('voldoet'=1) ('deels'=2) ('onbekend'=3) ('voldoet-niet'=4)
    (ELSE=SYSMIS) INTO informatieplicht_verdict.
RECODE t_kwaliteit_verdict ('voldoet'=1) ('deels'=2) ('onbekend'=3) ('voldoet-niet'=4) (ELSE=SYSMIS)
    INTO kwaliteit_verdict.
RECODE t_inspraak_verdict ('voldoet'=1) ('deels'=2) ('onbekend'=3) ('voldoet-niet'=4) (ELSE=SYSMIS)
    INTO inspraak_verdict.
RECODE t_law_verdict ('voldoet'=1) ('deels'=2) ('onbekend'=3) ('voldoet-niet'=4) (ELSE=SYSMIS) INTO
    law_verdict.
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
MATCH FILES /FILE=* /KEEP= file status municipality respondent_role date questionnaire
    answers_version verdict score practice_verdict practice_score beleidsplan_verdict
    beleidsplan_score beleidsplan_practice_score onafhankelijkheid_verdict onafhankelijkheid_score
    onafhankelijkheid_practice_score levensbreed_verdict levensbreed_score
    levensbreed_practice_score toegankelijkheid_verdict toegankelijkheid_score
    toegankelijkheid_practice_score informatieplicht_verdict informatieplicht_score
    informatieplicht_practice_score kwaliteit_verdict kwaliteit_score kwaliteit_practice_score
    inspraak_verdict inspraak_score inspraak_practice_score diversiteit_practice_score
    samenspel_practice_score regie_practice_score afbakening_practice_score lagen_practice_score
    bekendheid_practice_score outreach_practice_score contractering_practice_score
    monitoring_practice_score klachten_practice_score error file_id gemeentecode year
    questionnaire_version questionnaire_sha256 answers_sha256 tool_version n_answered n_weet_niet
    n_unanswered practice_filled practice_n_answered practice_n_weet_niet practice_n_unanswered
    practice_n_not_applicable error_code law_verdict law_score group_size n_newer_items meta_wave.
FORMATS status respondent_role verdict practice_verdict beleidsplan_verdict
    onafhankelijkheid_verdict levensbreed_verdict toegankelijkheid_verdict informatieplicht_verdict
    kwaliteit_verdict inspraak_verdict law_verdict (F1.0).
FORMATS date (SDATE10).

VARIABLE LEVEL
  date score practice_score beleidsplan_score beleidsplan_practice_score onafhankelijkheid_score
    onafhankelijkheid_practice_score levensbreed_score levensbreed_practice_score
    toegankelijkheid_score toegankelijkheid_practice_score informatieplicht_score
    informatieplicht_practice_score kwaliteit_score kwaliteit_practice_score inspraak_score
    inspraak_practice_score diversiteit_practice_score samenspel_practice_score regie_practice_score
    afbakening_practice_score lagen_practice_score bekendheid_practice_score outreach_practice_score
    contractering_practice_score monitoring_practice_score klachten_practice_score file_id year
    n_answered n_weet_niet n_unanswered practice_n_answered practice_n_weet_niet
    practice_n_unanswered practice_n_not_applicable law_score group_size n_newer_items meta_wave
    (SCALE)
  / verdict practice_verdict beleidsplan_verdict onafhankelijkheid_verdict levensbreed_verdict
    toegankelijkheid_verdict informatieplicht_verdict kwaliteit_verdict inspraak_verdict law_verdict
    (ORDINAL)
  / file status municipality respondent_role questionnaire answers_version error gemeentecode
    questionnaire_version questionnaire_sha256 answers_sha256 tool_version practice_filled
    error_code (NOMINAL)
.

VARIABLE LABELS
  file 'Antwoordbestand (pad zoals opgegeven; alleen met --include-paths, anders leeg)'
  /status 'Of het bestand geldig is en gescoord'
  /municipality 'Gemeente (officiële naam als een gemeentelijst is gebruikt)'
  /respondent_role 'Rol van de invuller'
  /date 'Datum van de zelftest'
  /questionnaire 'Id van de vragenlijst volgens het antwoordbestand (bij een geldig bestand die waarmee is gescoord; leeg als het niet te lezen is)'
  /answers_version 'Versie van de vragenlijst volgens het antwoordbestand'
  /verdict 'Oordeel VNG-zelftest: de eisen van de VNG-zelftest, de lezing van de wet door de VNG (2015) (het slechtste telt)'
  /score 'Score VNG-zelftest (0-100)'
  /practice_verdict 'Oordeel goede praktijk (leeg als die niet is ingevuld)'
  /practice_score 'Score goede praktijk (0-100; leeg als die niet is ingevuld)'
  /beleidsplan_verdict 'Oordeel VNG-zelftest, thema Beleidsplan'
  /beleidsplan_score 'Score VNG-zelftest, thema Beleidsplan'
  /beleidsplan_practice_score 'Score goede praktijk, thema Beleidsplan (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /onafhankelijkheid_verdict 'Oordeel VNG-zelftest, thema Onafhankelijkheid'
  /onafhankelijkheid_score 'Score VNG-zelftest, thema Onafhankelijkheid'
  /onafhankelijkheid_practice_score 'Score goede praktijk, thema Onafhankelijkheid (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /levensbreed_verdict 'Oordeel VNG-zelftest, thema Levensbreed'
  /levensbreed_score 'Score VNG-zelftest, thema Levensbreed'
  /levensbreed_practice_score 'Score goede praktijk, thema Levensbreed (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /toegankelijkheid_verdict 'Oordeel VNG-zelftest, thema Toegankelijk en gratis'
  /toegankelijkheid_score 'Score VNG-zelftest, thema Toegankelijk en gratis'
  /toegankelijkheid_practice_score 'Score goede praktijk, thema Toegankelijk en gratis (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /informatieplicht_verdict 'Oordeel VNG-zelftest, thema Informeren'
  /informatieplicht_score 'Score VNG-zelftest, thema Informeren'
  /informatieplicht_practice_score 'Score goede praktijk, thema Informeren (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /kwaliteit_verdict 'Oordeel VNG-zelftest, thema Kwaliteit'
  /kwaliteit_score 'Score VNG-zelftest, thema Kwaliteit'
  /kwaliteit_practice_score 'Score goede praktijk, thema Kwaliteit (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /inspraak_verdict 'Oordeel VNG-zelftest, thema Inspraak'
  /inspraak_score 'Score VNG-zelftest, thema Inspraak'
  /inspraak_practice_score 'Score goede praktijk, thema Inspraak (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /diversiteit_practice_score 'Score goede praktijk, thema Keuze en aanbod (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /samenspel_practice_score 'Score goede praktijk, thema Samenspel formeel en informeel (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /regie_practice_score 'Score goede praktijk, thema Regie en samenhang (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /afbakening_practice_score 'Score goede praktijk, thema Afbakening (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /lagen_practice_score 'Score goede praktijk, thema Voor, tijdens en na de aanvraag (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /bekendheid_practice_score 'Score goede praktijk, thema Bekendheid en vindbaarheid (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /outreach_practice_score 'Score goede praktijk, thema Erop af (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /contractering_practice_score 'Score goede praktijk, thema Contractering, financiering en verantwoording (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /monitoring_practice_score 'Score goede praktijk, thema Meten en cliëntervaring (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /klachten_practice_score 'Score goede praktijk, thema Klachten en bezwaar (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /error 'Eerste probleem van een ongeldig bestand: code:regel:kolom en uitleg'
  /file_id 'Volgnummer van het bestand in deze batch (1, 2, …; gesorteerd op pad); koppelt aan csv-long'
  /gemeentecode 'CBS-gemeentecode (GM + 4 cijfers), uit het bestand of de gemeentelijst'
  /year 'Jaar van de zelftest (uit date)'
  /questionnaire_version 'Versie van de vragenlijst waarmee is gescoord'
  /questionnaire_sha256 'Vingerafdruk (SHA-256) van de vragenlijst waarmee is gescoord'
  /answers_sha256 'Vingerafdruk (SHA-256) van het antwoordbestand'
  /tool_version 'Versie van zelftest die de uitvoer maakte'
  /n_answered 'Aantal beantwoorde vragen (weet niet telt mee), eisen van de VNG-zelftest'
  /n_weet_niet 'Aantal vragen met ''weet niet'', eisen van de VNG-zelftest'
  /n_unanswered 'Aantal open (niet beantwoorde) vragen, eisen van de VNG-zelftest'
  /practice_filled 'Goede praktijk ingevuld (minstens één vraag over goede praktijk beantwoord)'
  /practice_n_answered 'Aantal beantwoorde vragen (weet niet telt mee), goede praktijk (leeg als die niet is ingevuld)'
  /practice_n_weet_niet 'Aantal vragen met ''weet niet'', goede praktijk (leeg als die niet is ingevuld)'
  /practice_n_unanswered 'Aantal open (niet beantwoorde) vragen, goede praktijk (leeg als die niet is ingevuld)'
  /practice_n_not_applicable 'Aantal vragen die niet van toepassing zijn (door een eerder antwoord), goede praktijk (leeg als die niet is ingevuld)'
  /error_code 'Code van het eerste probleem van een ongeldig bestand'
  /law_verdict 'Oordeel wet: de eisen die de tekst van de wet zelf stelt (het slechtste telt)'
  /law_score 'Score wet (0-100)'
  /group_size 'Groepsantwoord: aantal leden (samengevoegde antwoordbestanden) waaruit het is gemaakt; leeg voor de antwoorden van één invuller'
  /n_newer_items 'Aantal beantwoorde vragen die pas in een nieuwere versie van de vragenlijst kwamen dan het bestand opgeeft (answers_version); 0 als geen; leeg bij een ongeldig bestand'
  /meta_wave 'Onderzoeksgegeven ''wave'' uit het blok meta van het antwoordbestand'
.

VALUE LABELS
  status
    1 'geldig'
    0 'ongeldig (zie error)'
  /respondent_role
    1 'gemeente'
    2 'adviesraad'
    3 'cliëntorganisatie'
    4 'aanbieder'
    5 'onderzoeker'
    6 'anders'
  /verdict
    1 'voldoet'
    2 'deels'
    3 'onbekend'
    4 'voldoet niet'
  /practice_verdict
    1 'voldoet'
    2 'deels'
    3 'onbekend'
    4 'voldoet niet'
  /beleidsplan_verdict
    1 'voldoet'
    2 'deels'
    3 'onbekend'
    4 'voldoet niet'
  /onafhankelijkheid_verdict
    1 'voldoet'
    2 'deels'
    3 'onbekend'
    4 'voldoet niet'
  /levensbreed_verdict
    1 'voldoet'
    2 'deels'
    3 'onbekend'
    4 'voldoet niet'
  /toegankelijkheid_verdict
    1 'voldoet'
    2 'deels'
    3 'onbekend'
    4 'voldoet niet'
  /informatieplicht_verdict
    1 'voldoet'
    2 'deels'
    3 'onbekend'
    4 'voldoet niet'
  /kwaliteit_verdict
    1 'voldoet'
    2 'deels'
    3 'onbekend'
    4 'voldoet niet'
  /inspraak_verdict
    1 'voldoet'
    2 'deels'
    3 'onbekend'
    4 'voldoet niet'
  /practice_filled
    1 'ja'
    0 'nee'
  /law_verdict
    1 'voldoet'
    2 'deels'
    3 'onbekend'
    4 'voldoet niet'
.

* Alleen geldige bestanden (ongeldige hebben status 0): haal de * weg voor FILTER BY.
* FILTER BY status.

EXECUTE.
