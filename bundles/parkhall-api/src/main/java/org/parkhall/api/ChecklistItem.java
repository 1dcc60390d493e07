package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * One of the "十有".
 *
 * @param fromData true when judged from the hall's data, false when taken from the admin's record
 * @param evidence what shows it is met, or what is missing
 */
public record ChecklistItem(String code, Bilingual name, boolean met, boolean fromData, Bilingual evidence) {
}
