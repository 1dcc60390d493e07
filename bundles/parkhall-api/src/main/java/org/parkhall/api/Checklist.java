package org.parkhall.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The "十有" standard a branch hall must meet (signage, place, comprehensive window, staff, equipment, guides,
 * item list, responsibility list, rules, ledger), judged from the hall's own data where it can be and from what
 * the hall admin has recorded where it cannot.
 */
@ProviderType
public interface Checklist {

    List<ChecklistItem> items();
}
