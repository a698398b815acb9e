package org.xinfang.petition.survey;

import java.time.LocalDate;

/** One checked row of an imported list: the phone already in E.164. */
record ServiceUserRow(String name, String phone, String unitCode, PoliceService service, LocalDate servedOn) {}
