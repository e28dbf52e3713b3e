-- The catalogue these programs hand out, in English and French. Admins add more from the application.
INSERT INTO items (code, name_en, name_fr, unit_en, unit_fr, category, needles, tracks_lots, position) VALUES
 ('NDL-05',      'Needle 0.5 cc',               'Seringue 0,5 cc',                'needle',     'seringue',      'INJECTION',  1, FALSE, 10),
 ('NDL-1',       'Needle 1 cc',                 'Seringue 1 cc',                  'needle',     'seringue',      'INJECTION',  1, FALSE, 20),
 ('COOKER',      'Cooker',                      'Contenant de dilution',          'cooker',     'contenant',     'INJECTION',  0, FALSE, 30),
 ('FILTER',      'Filter',                      'Filtre',                         'filter',     'filtre',        'INJECTION',  0, FALSE, 40),
 ('WATER',       'Sterile water',               'Eau stérile',                    'vial',       'fiole',         'INJECTION',  0, FALSE, 50),
 ('TOURNIQUET',  'Tourniquet',                  'Garrot',                         'tourniquet', 'garrot',        'INJECTION',  0, FALSE, 60),
 ('SWAB',        'Alcohol swab',                'Tampon d’alcool',                'swab',       'tampon',        'INJECTION',  0, FALSE, 70),
 ('ACIDIFIER',   'Acidifier (vitamin C)',       'Acidifiant (vitamine C)',        'sachet',     'sachet',        'INJECTION',  0, FALSE, 80),
 ('STEM',        'Glass stem',                  'Pipe en verre',                  'stem',       'pipe',          'INHALATION', 0, FALSE, 100),
 ('MOUTHPIECE',  'Mouthpiece',                  'Embout',                         'mouthpiece', 'embout',        'INHALATION', 0, FALSE, 110),
 ('PUSH-STICK',  'Push stick',                  'Tige poussoir',                  'stick',      'tige',          'INHALATION', 0, FALSE, 120),
 ('SCREEN',      'Screen',                      'Grille (filtre)',                'screen',     'grille',        'INHALATION', 0, FALSE, 130),
 ('NAL-NASAL',   'Naloxone nasal kit',          'Trousse de naloxone nasale',     'kit',        'trousse',       'NALOXONE',   0, TRUE,  200),
 ('NAL-INJ',     'Naloxone injectable kit',     'Trousse de naloxone injectable', 'kit',        'trousse',       'NALOXONE',   0, TRUE,  210),
 ('STRIP-FENT',  'Fentanyl test strip',         'Bandelette de détection du fentanyl',        'strip', 'bandelette', 'TESTING', 0, FALSE, 300),
 ('STRIP-BENZO', 'Benzodiazepine test strip',   'Bandelette de détection des benzodiazépines', 'strip', 'bandelette', 'TESTING', 0, FALSE, 310),
 ('SHARPS',      'Sharps container',            'Contenant pour objets pointus',  'container',  'contenant',     'DISPOSAL',   0, FALSE, 400),
 ('CONDOM',      'Condom',                      'Condom',                         'condom',     'condom',        'SAFER_SEX',  0, FALSE, 500),
 ('LUBE',        'Lubricant',                   'Lubrifiant',                     'sachet',     'sachet',        'SAFER_SEX',  0, FALSE, 510);

INSERT INTO items (code, name_en, name_fr, unit_en, unit_fr, category, kit, needles, position) VALUES
 ('KIT-INJ',  'Injection kit',  'Trousse d’injection',  'kit', 'trousse', 'INJECTION',  TRUE, 10, 5),
 ('KIT-INH',  'Inhalation kit', 'Trousse d’inhalation', 'kit', 'trousse', 'INHALATION', TRUE, 0,  95);

-- An injection kit: 10 needles and what goes with them; an inhalation kit: a stem and its parts.
INSERT INTO kit_components (kit_code, item_code, quantity) VALUES
 ('KIT-INJ', 'NDL-1', 10), ('KIT-INJ', 'COOKER', 10), ('KIT-INJ', 'FILTER', 10), ('KIT-INJ', 'WATER', 10),
 ('KIT-INJ', 'SWAB', 20), ('KIT-INJ', 'TOURNIQUET', 1), ('KIT-INJ', 'ACIDIFIER', 5),
 ('KIT-INH', 'STEM', 1), ('KIT-INH', 'MOUTHPIECE', 2), ('KIT-INH', 'PUSH-STICK', 1), ('KIT-INH', 'SCREEN', 5);
