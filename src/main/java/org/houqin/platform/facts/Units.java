package org.houqin.platform.facts;

/** The units the code counts in; units the school writes (根, 只, 包) come as {@link Label#text}. */
public final class Units {

    public static final Label YUAN = Label.key("facts.unit.yuan");
    /** 次: times something happened (报修 300 次). */
    public static final Label TIMES = Label.key("facts.unit.times");
    /** 件: pieces (资产 120 件). */
    public static final Label PIECES = Label.key("facts.unit.pieces");
    /** 份: documents (领用申请 45 份). */
    public static final Label DOCUMENTS = Label.key("facts.unit.documents");
    /** 种: kinds of things (用料 12 种). */
    public static final Label KINDS = Label.key("facts.unit.kinds");
    /** 个班: classes. */
    public static final Label CLASSES = Label.key("facts.unit.classes");
    public static final Label HOURS = Label.key("facts.unit.hours");
    /** 分: points of a rating out of five. */
    public static final Label POINTS = Label.key("facts.unit.points");

    private Units() {
    }
}
