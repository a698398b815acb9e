package org.xinfang.petition.complaint;

/** 紧急程度: urgent cases get limits counted in minutes and hours. */
public enum Urgency {
    NORMAL,
    URGENT
}
