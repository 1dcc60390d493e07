package org.parkhall.spi;

/**
 * A special procedure (特别程序) an item may need before its decision, whose time the law does not count in the time
 * limit (行政许可法第四十五条: 听证、检验、检测、鉴定、专家评审…); the applicant is told the time it takes in writing.
 */
public enum SpecialProcedure {
    HEARING("听证", "hearing"),
    INSPECTION("检验检测", "inspection and testing"),
    APPRAISAL("鉴定", "appraisal"),
    EXPERT_REVIEW("专家评审", "expert review"),
    PUBLIC_NOTICE("公告", "public notice");

    private final Bilingual label;

    SpecialProcedure(String zh, String en) {
        this.label = new Bilingual(zh, en);
    }

    public Bilingual label() {
        return label;
    }
}
