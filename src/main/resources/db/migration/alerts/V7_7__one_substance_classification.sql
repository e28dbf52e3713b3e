-- Alerts and subscribers name substance classes with drug checking's classification (decision 0076): what alerts
-- called CUT_OR_DILUENT is checking's CUT. Renamed in place, so that every subscriber keeps the classes they chose
-- and every alert keeps the classes it was issued with.
UPDATE alerts SET classes = array_replace(classes, 'CUT_OR_DILUENT', 'CUT') WHERE 'CUT_OR_DILUENT' = ANY (classes);
UPDATE subscribers SET classes = array_replace(classes, 'CUT_OR_DILUENT', 'CUT') WHERE 'CUT_OR_DILUENT' = ANY (classes);
