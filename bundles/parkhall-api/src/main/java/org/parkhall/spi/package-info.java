/**
 * What a stationed department (进驻部门) implements: {@link org.parkhall.spi.ItemHandler} and the value types it
 * describes its service items with and answers reviews in.
 */
@Export
@Version("1.4.0")
package org.parkhall.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
