package org.parkhall.itest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.parkhall.itest.dept.TestDepartment;

/**
 * Builds and starts a department bundle around {@link TestDepartment}: its classes copied from the test probe,
 * a manifest naming the item, its materials and its behaviour. No build step, no tool inside the container.
 */
final class DepartmentJars {
    private static final String PACKAGE = TestDepartment.class.getPackageName().replace('.', '/');

    private DepartmentJars() {
    }

    static Bundle start(BundleContext context, String department, String version, String item, String materials,
            TestDepartment.Behaviour behaviour) throws IOException, BundleException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "parkhall-dept-" + department);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Activator", TestDepartment.class.getName());
        main.putValue("Import-Package", "org.osgi.framework,org.parkhall.spi;version=\"[1.0,2)\"");
        main.putValue(TestDepartment.DEPARTMENT, department);
        main.putValue(TestDepartment.ITEM, item);
        main.putValue(TestDepartment.MATERIALS, materials);
        main.putValue(TestDepartment.BEHAVIOUR, behaviour.name());
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            Bundle probe = FrameworkUtil.getBundle(DepartmentJars.class);
            for (URL entry : Collections.list(probe.findEntries(PACKAGE, "*.class", false))) {
                out.putNextEntry(new JarEntry(entry.getPath().substring(1)));
                try (InputStream in = entry.openStream()) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Bundle bundle = context.installBundle("test:parkhall-dept-" + department + "/" + version,
                new ByteArrayInputStream(jar.toByteArray()));
        bundle.start();
        return bundle;
    }
}
