package org.parkhall.core.internal.catalog;

import java.util.List;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.JointApplication;
import org.parkhall.core.internal.ConfigLists;
import org.parkhall.spi.Bilingual;

/**
 * One joint application (一件事) per factory configuration {@code etc/org.parkhall.bundle-<name>.cfg}. Wrong values fail the
 * activation with a message naming the key, so a joint application never half-exists.
 */
@Component(service = JointApplicationDefinition.class, configurationPid = "org.parkhall.bundle",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = JointApplicationDefinition.Config.class, factory = true)
public final class JointApplicationDefinition {
    private static final Pattern CODE = Pattern.compile("ONE-[A-Z0-9]{2,12}(-[A-Z0-9]{1,12})?");

    @ObjectClassDefinition(name = "Parkhall joint application (一件事)")
    public @interface Config {
        @AttributeDefinition(description = "Joint application code, e.g. ONE-OPEN-BIZ")
        String code();

        @AttributeDefinition(description = "Name in Chinese")
        String name_zh();

        @AttributeDefinition(description = "Name in English")
        String name_en();

        @AttributeDefinition(description = "Codes of the items it spans, two or more")
        String[] items();
    }

    private final JointApplication jointApplication;

    @Activate
    public JointApplicationDefinition(Config config) {
        this.jointApplication = parse(config.code(), config.name_zh(), config.name_en(), config.items());
    }

    static JointApplication parse(String code, String nameZh, String nameEn, String[] items) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must look like ONE-OPEN-BIZ, was: " + code);
        }
        List<String> codes = ConfigLists.values(items);
        if (codes.size() < 2) {
            throw new IllegalArgumentException(
                    "items of joint application " + code + " must name two or more item codes");
        }
        return new JointApplication(code, Bilingual.of(nameZh, nameEn), codes);
    }

    public JointApplication jointApplication() {
        return jointApplication;
    }
}
