* Codebook for zelftest batch --format csv.
* Questionnaire clientondersteuning-wmo2015 1.3.0, sha256 e24b1af8b8f924697080d5089f4ae7a37c4c9f4f7fd6d095ad787cf1c5587325.
* Made with zelftest 0.1.0. Labels in Dutch (--lang).
* Variable names are the CSV column names with every character other than letters, digits and _ as _.
* /FILE below is the data file's name (--out) without its folder. SPSS looks for it in its own working
* folder, not next to this syntax file: run CD 'folder of the data'. first, or write the full path.

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
    file A500
    status A8
    municipality A500
    respondent_role A17
    date A10
    questionnaire A500
    answers_version A500
    verdict A12
    score F8.1
    practice_verdict A12
    practice_score F8.1
    beleidsplan_verdict A12
    beleidsplan_score F8.1
    beleidsplan_practice_score F8.1
    onafhankelijkheid_verdict A12
    onafhankelijkheid_score F8.1
    onafhankelijkheid_practice_score F8.1
    levensbreed_verdict A12
    levensbreed_score F8.1
    levensbreed_practice_score F8.1
    toegankelijkheid_verdict A12
    toegankelijkheid_score F8.1
    toegankelijkheid_practice_score F8.1
    informatieplicht_verdict A12
    informatieplicht_score F8.1
    informatieplicht_practice_score F8.1
    kwaliteit_verdict A12
    kwaliteit_score F8.1
    kwaliteit_practice_score F8.1
    inspraak_verdict A12
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
    error A500
    file_id F8.0
    gemeentecode A500
    year F8.0
    questionnaire_version A500
    questionnaire_sha256 A500
    answers_sha256 A500
    tool_version A500
    n_answered F8.0
    n_weet_niet F8.0
    n_unanswered F8.0
    practice_filled F1.0
    practice_n_answered F8.0
    practice_n_weet_niet F8.0
    practice_n_unanswered F8.0
    practice_n_not_applicable F8.0
    error_code A500
    meta_wave A500
.

VARIABLE LABELS
  file 'Antwoordbestand (pad zoals opgegeven)'
  /status 'Of het bestand geldig is en gescoord'
  /municipality 'Gemeente (officiële naam als een gemeentelijst is gebruikt)'
  /respondent_role 'Rol van de invuller'
  /date 'Datum van de zelftest'
  /questionnaire 'Id van de vragenlijst volgens het antwoordbestand (bij een geldig bestand die waarmee is gescoord; leeg als het niet te lezen is)'
  /answers_version 'Versie van de vragenlijst volgens het antwoordbestand'
  /verdict 'Oordeel wettelijke eisen (het slechtste telt)'
  /score 'Score wettelijke eisen (0-100)'
  /practice_verdict 'Oordeel goede praktijk (leeg als die niet is ingevuld)'
  /practice_score 'Score goede praktijk (0-100; leeg als die niet is ingevuld)'
  /beleidsplan_verdict 'Oordeel wettelijke eisen, thema Beleidsplan'
  /beleidsplan_score 'Score wettelijke eisen, thema Beleidsplan'
  /beleidsplan_practice_score 'Score goede praktijk, thema Beleidsplan (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /onafhankelijkheid_verdict 'Oordeel wettelijke eisen, thema Onafhankelijkheid'
  /onafhankelijkheid_score 'Score wettelijke eisen, thema Onafhankelijkheid'
  /onafhankelijkheid_practice_score 'Score goede praktijk, thema Onafhankelijkheid (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /levensbreed_verdict 'Oordeel wettelijke eisen, thema Levensbreed'
  /levensbreed_score 'Score wettelijke eisen, thema Levensbreed'
  /levensbreed_practice_score 'Score goede praktijk, thema Levensbreed (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /toegankelijkheid_verdict 'Oordeel wettelijke eisen, thema Toegankelijk en gratis'
  /toegankelijkheid_score 'Score wettelijke eisen, thema Toegankelijk en gratis'
  /toegankelijkheid_practice_score 'Score goede praktijk, thema Toegankelijk en gratis (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /informatieplicht_verdict 'Oordeel wettelijke eisen, thema Informeren'
  /informatieplicht_score 'Score wettelijke eisen, thema Informeren'
  /informatieplicht_practice_score 'Score goede praktijk, thema Informeren (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /kwaliteit_verdict 'Oordeel wettelijke eisen, thema Kwaliteit'
  /kwaliteit_score 'Score wettelijke eisen, thema Kwaliteit'
  /kwaliteit_practice_score 'Score goede praktijk, thema Kwaliteit (leeg als geen vraag over goede praktijk van dit thema is beantwoord)'
  /inspraak_verdict 'Oordeel wettelijke eisen, thema Inspraak'
  /inspraak_score 'Score wettelijke eisen, thema Inspraak'
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
  /n_answered 'Aantal beantwoorde vragen (weet niet telt mee), wettelijke eisen'
  /n_weet_niet 'Aantal vragen met ''weet niet'', wettelijke eisen'
  /n_unanswered 'Aantal open (niet beantwoorde) vragen, wettelijke eisen'
  /practice_filled 'Goede praktijk ingevuld (minstens één vraag over goede praktijk beantwoord)'
  /practice_n_answered 'Aantal beantwoorde vragen (weet niet telt mee), goede praktijk (leeg als die niet is ingevuld)'
  /practice_n_weet_niet 'Aantal vragen met ''weet niet'', goede praktijk (leeg als die niet is ingevuld)'
  /practice_n_unanswered 'Aantal open (niet beantwoorde) vragen, goede praktijk (leeg als die niet is ingevuld)'
  /practice_n_not_applicable 'Aantal vragen die niet van toepassing zijn (door een eerder antwoord), goede praktijk (leeg als die niet is ingevuld)'
  /error_code 'Code van het eerste probleem van een ongeldig bestand'
  /meta_wave 'Onderzoeksgegeven ''wave'' uit het blok meta van het antwoordbestand'
.

VALUE LABELS
  status
    'valid' 'geldig'
    'invalid' 'ongeldig (zie error)'
  /respondent_role
    'gemeente' 'gemeente'
    'adviesraad' 'adviesraad'
    'clientorganisatie' 'cliëntorganisatie'
    'aanbieder' 'aanbieder'
    'onderzoeker' 'onderzoeker'
    'anders' 'anders'
  /verdict
    'voldoet' 'voldoet'
    'deels' 'deels'
    'onbekend' 'onbekend'
    'voldoet-niet' 'voldoet niet'
  /practice_verdict
    'voldoet' 'voldoet'
    'deels' 'deels'
    'onbekend' 'onbekend'
    'voldoet-niet' 'voldoet niet'
  /beleidsplan_verdict
    'voldoet' 'voldoet'
    'deels' 'deels'
    'onbekend' 'onbekend'
    'voldoet-niet' 'voldoet niet'
  /onafhankelijkheid_verdict
    'voldoet' 'voldoet'
    'deels' 'deels'
    'onbekend' 'onbekend'
    'voldoet-niet' 'voldoet niet'
  /levensbreed_verdict
    'voldoet' 'voldoet'
    'deels' 'deels'
    'onbekend' 'onbekend'
    'voldoet-niet' 'voldoet niet'
  /toegankelijkheid_verdict
    'voldoet' 'voldoet'
    'deels' 'deels'
    'onbekend' 'onbekend'
    'voldoet-niet' 'voldoet niet'
  /informatieplicht_verdict
    'voldoet' 'voldoet'
    'deels' 'deels'
    'onbekend' 'onbekend'
    'voldoet-niet' 'voldoet niet'
  /kwaliteit_verdict
    'voldoet' 'voldoet'
    'deels' 'deels'
    'onbekend' 'onbekend'
    'voldoet-niet' 'voldoet niet'
  /inspraak_verdict
    'voldoet' 'voldoet'
    'deels' 'deels'
    'onbekend' 'onbekend'
    'voldoet-niet' 'voldoet niet'
  /practice_filled
    1 'ja'
    0 'nee'
.

EXECUTE.
