package org.xinfang.petition.survey;

import java.util.List;

/**
 * What an import did: the rows the list had, the people imported, the rows that repeated a phone earlier in the list
 * or imported before for the month (each person is kept once a month), and the month's imported people afterwards.
 */
record ImportView(
        String month, int rows, int imported, int repeatedInList, int importedBefore, List<ImportedCount> counts) {}
