package org.wsis.common.reference;

/** The 18 WSIS Action Lines, in order; they are also the 18 WSIS Prizes categories (numbered 1–18). */
public enum ActionLine {
    C1("The role of public governance authorities and all stakeholders in the promotion of ICTs for development"),
    C2("Information and communication infrastructure"),
    C3("Access to information and knowledge"),
    C4("Capacity building"),
    C5("Building confidence and security in the use of ICTs"),
    C6("Enabling environment"),
    C7_E_GOVERNMENT("ICT applications: E-government"),
    C7_E_BUSINESS("ICT applications: E-business"),
    C7_E_LEARNING("ICT applications: E-learning"),
    C7_E_HEALTH("ICT applications: E-health"),
    C7_E_EMPLOYMENT("ICT applications: E-employment"),
    C7_E_ENVIRONMENT("ICT applications: E-environment"),
    C7_E_AGRICULTURE("ICT applications: E-agriculture"),
    C7_E_SCIENCE("ICT applications: E-science"),
    C8("Cultural diversity and identity, linguistic diversity and local content"),
    C9("Media"),
    C10("Ethical dimensions of the Information Society"),
    C11("International and regional cooperation");

    private final String title;

    ActionLine(String title) {
        this.title = title;
    }

    /** 1–18, the prize category number. */
    public int number() {
        return ordinal() + 1;
    }

    public String title() {
        return title;
    }

    public static ActionLine ofNumber(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("no Action Line number " + number);
        }
        return values()[number - 1];
    }
}
