/**
 * Services the hall offers to its own faces (web, shell) and to departments: the catalog, the hall's status and
 * the ledger.
 */
@Export
@Version("3.3.0")
package org.parkhall.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
