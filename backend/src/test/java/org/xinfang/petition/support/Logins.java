package org.xinfang.petition.support;

/** The demo logins the tests act as (all with the password {@link Api#PASSWORD}). */
public final class Logins {

    public static final String CLERK = "clerk";
    /** The petition office's leader, a clerk too: approves the office's refusals (否定报备). */
    public static final String OFFICE_LEADER = "leader.office";

    public static final String OPERATOR = "operator";
    public static final String INSPECTOR = "inspector";
    /** 纪检监察 of the province: the conduct cases of every unit. */
    public static final String DISCIPLINE = "discipline";
    /** 纪检监察 of 银川: the conduct cases of the city bureau and its counties. */
    public static final String YINCHUAN_DISCIPLINE = "discipline.yinchuan";

    public static final String ADMIN = "admin";
    /** 兴庆区分局: the bureau bureau-routing proposes for region 640104. */
    public static final String XINGQING_HANDLER = "handler.xingqing";

    public static final String XINGQING_LEADER = "leader.xingqing";
    public static final String XINGQING = "psb-640104";
    public static final String XINGQING_REGION = "640104";
    /** 金凤区分局, region 640106. */
    public static final String JINFENG_HANDLER = "handler.jinfeng";

    public static final String JINFENG_LEADER = "leader.jinfeng";
    public static final String JINFENG = "psb-640106";
    /** 西夏区分局, region 640105. */
    public static final String XIXIA_HANDLER = "handler.xixia";

    public static final String XIXIA = "psb-640105";
    public static final String JINFENG_REGION = "640106";
    /** 银川市公安局, a city bureau. */
    public static final String YINCHUAN_HANDLER = "handler.yinchuan";

    public static final String YINCHUAN = "psb-640100";
    /** 自治区公安厅信访办: a unit, but not a bureau that handles cases. */
    public static final String PETITION_OFFICE = "petition-640000";

    private Logins() {}
}
