package org.parkhall.api;

import java.util.List;

import org.parkhall.spi.Bilingual;

/**
 * A site (办事站点) of the county's one service (全旗通办): the county centre, a sub-centre or a town's centre. Every
 * site takes the county's items it accepts; the item's department decides wherever its approvers sit.
 *
 * @param code      two to four capital letters, in its tickets' counters and its case numbers ({@link #COUNTY_CENTRE}
 *                  is the county centre's)
 * @param name      its name, as printed on documents
 * @param address   where it is
 * @param phone     its consultation phone
 * @param authority the issuing authority (出具单位) printed on its documents
 * @param hours     its opening hours in words, empty when not stated
 * @param items     the item codes it accepts; empty when it accepts every item of the catalog
 * @since 3.2
 */
public record Site(String code, Bilingual name, String address, String phone, String authority, String hours,
        List<String> items) {
    /** The county centre's code: the site of a hall that configures none, and of everything taken before sites. */
    public static final String COUNTY_CENTRE = "HQ";
    /** What a site code looks like. */
    public static final String CODE = "[A-Z]{2,4}";

    public Site {
        if (code == null || !code.matches(CODE)) {
            throw new IllegalArgumentException("a site code is 2 to 4 capital letters: " + code);
        }
        items = List.copyOf(items);
    }

    /** Whether applications for {@code itemCode} are taken here. */
    public boolean accepts(String itemCode) {
        return items.isEmpty() || items.contains(itemCode);
    }

    public boolean isCountyCentre() {
        return code.equals(COUNTY_CENTRE);
    }
}
