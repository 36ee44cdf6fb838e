* Codeboek voor zelftest batch --format panel.
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
    municipality A14
    gemeentecode A6
    year F8.0
    t_role A17
    n_files F8.0
    n_voldoet F8.0
    n_deels F8.0
    n_onbekend F8.0
    n_voldoet_niet F8.0
    mean_score F12.4
    law_n_voldoet F8.0
    law_n_deels F8.0
    law_n_onbekend F8.0
    law_n_voldoet_niet F8.0
    mean_law_score F12.4
    n_practice_filled F8.0
    mean_practice_score F12.4
    beleidsplan_mean_score F12.4
    onafhankelijkheid_mean_score F12.4
    levensbreed_mean_score F12.4
    toegankelijkheid_mean_score F12.4
    informatieplicht_mean_score F12.4
    kwaliteit_mean_score F12.4
    inspraak_mean_score F12.4
    questionnaire A27
    questionnaire_version A5
    questionnaire_sha256 A64
    tool_version A5
.

RECODE t_role ('gemeente'=1) ('adviesraad'=2) ('clientorganisatie'=3) ('aanbieder'=4)
    ('onderzoeker'=5) ('anders'=6) (ELSE=SYSMIS) INTO role.
MATCH FILES /FILE=* /KEEP= municipality gemeentecode year role n_files n_voldoet n_deels n_onbekend
    n_voldoet_niet mean_score law_n_voldoet law_n_deels law_n_onbekend law_n_voldoet_niet
    mean_law_score n_practice_filled mean_practice_score beleidsplan_mean_score
    onafhankelijkheid_mean_score levensbreed_mean_score toegankelijkheid_mean_score
    informatieplicht_mean_score kwaliteit_mean_score inspraak_mean_score questionnaire
    questionnaire_version questionnaire_sha256 tool_version.
FORMATS role (F1.0).

VARIABLE LEVEL
  year n_files n_voldoet n_deels n_onbekend n_voldoet_niet mean_score law_n_voldoet law_n_deels
    law_n_onbekend law_n_voldoet_niet mean_law_score n_practice_filled mean_practice_score
    beleidsplan_mean_score onafhankelijkheid_mean_score levensbreed_mean_score
    toegankelijkheid_mean_score informatieplicht_mean_score kwaliteit_mean_score inspraak_mean_score
    (SCALE)
  / municipality gemeentecode role questionnaire questionnaire_version questionnaire_sha256
    tool_version (NOMINAL)
.

VARIABLE LABELS
  municipality 'Gemeente zoals samengenomen: op gemeentecode, anders op naam (een bestand zonder code bij de code van bestanden met dezelfde naam); de officiële naam als een gemeentelijst is gebruikt'
  /gemeentecode 'CBS-gemeentecode (GM + 4 cijfers), uit het bestand of de gemeentelijst'
  /year 'Jaar van de zelftest (uit date)'
  /role 'Rol van de invuller'
  /n_files 'Aantal geldige bestanden van deze gemeente, dit jaar en deze rol (een groepsantwoord telt als één)'
  /n_voldoet 'Aantal bestanden met oordeel VNG-zelftest ''voldoet'''
  /n_deels 'Aantal bestanden met oordeel VNG-zelftest ''deels'''
  /n_onbekend 'Aantal bestanden met oordeel VNG-zelftest ''onbekend'''
  /n_voldoet_niet 'Aantal bestanden met oordeel VNG-zelftest ''voldoet niet'''
  /mean_score 'Gemiddelde score VNG-zelftest (0-100) over de bestanden: het gemiddelde van hun onafgeronde scores, op vier decimalen'
  /law_n_voldoet 'Aantal bestanden met oordeel wet ''voldoet'''
  /law_n_deels 'Aantal bestanden met oordeel wet ''deels'''
  /law_n_onbekend 'Aantal bestanden met oordeel wet ''onbekend'''
  /law_n_voldoet_niet 'Aantal bestanden met oordeel wet ''voldoet niet'''
  /mean_law_score 'Gemiddelde score wet (0-100) over de bestanden: het gemiddelde van hun onafgeronde scores, op vier decimalen'
  /n_practice_filled 'Aantal bestanden waarin goede praktijk is ingevuld (minstens één vraag beantwoord)'
  /mean_practice_score 'Gemiddelde score goede praktijk (0-100), alleen over de bestanden waarin die is ingevuld, van hun onafgeronde scores, op vier decimalen; leeg als in geen enkel'
  /beleidsplan_mean_score 'Gemiddelde score VNG-zelftest, thema Beleidsplan (onafgerond gemiddeld, op vier decimalen; leeg als geen vraag van dit thema van toepassing was)'
  /onafhankelijkheid_mean_score 'Gemiddelde score VNG-zelftest, thema Onafhankelijkheid (onafgerond gemiddeld, op vier decimalen; leeg als geen vraag van dit thema van toepassing was)'
  /levensbreed_mean_score 'Gemiddelde score VNG-zelftest, thema Levensbreed (onafgerond gemiddeld, op vier decimalen; leeg als geen vraag van dit thema van toepassing was)'
  /toegankelijkheid_mean_score 'Gemiddelde score VNG-zelftest, thema Toegankelijk en gratis (onafgerond gemiddeld, op vier decimalen; leeg als geen vraag van dit thema van toepassing was)'
  /informatieplicht_mean_score 'Gemiddelde score VNG-zelftest, thema Informeren (onafgerond gemiddeld, op vier decimalen; leeg als geen vraag van dit thema van toepassing was)'
  /kwaliteit_mean_score 'Gemiddelde score VNG-zelftest, thema Kwaliteit (onafgerond gemiddeld, op vier decimalen; leeg als geen vraag van dit thema van toepassing was)'
  /inspraak_mean_score 'Gemiddelde score VNG-zelftest, thema Inspraak (onafgerond gemiddeld, op vier decimalen; leeg als geen vraag van dit thema van toepassing was)'
  /questionnaire 'Id van de vragenlijst'
  /questionnaire_version 'Versie van de vragenlijst waarmee is gescoord'
  /questionnaire_sha256 'Vingerafdruk (SHA-256) van de vragenlijst waarmee is gescoord'
  /tool_version 'Versie van zelftest die de uitvoer maakte'
.

VALUE LABELS
  role
    1 'gemeente'
    2 'adviesraad'
    3 'cliëntorganisatie'
    4 'aanbieder'
    5 'onderzoeker'
    6 'anders'
.

EXECUTE.
