package org.parkhall.core.internal.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.JointApplication;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;

/**
 * One joint application (一件事) per factory configuration {@code etc/org.parkhall.bundle-<name>.cfg}. A configuration
 * with a wrong value never offers it (a joint application never half-exists); a later wrong change leaves it as it was.
 */
@Component(service = JointApplicationDefinition.class, configurationPid = "org.parkhall.bundle",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = JointApplicationDefinition.Config.class, factory = true)
public final class JointApplicationDefinition {
    private static final String CODE = "ONE-[A-Z0-9]{2,12}(-[A-Z0-9]{1,12})?";

    @ObjectClassDefinition(name = "%bundle", description = "%bundle.description", localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%bundle.code", description = "%bundle.code.description")
        String code();

        @AttributeDefinition(name = "%bundle.name_zh", description = "%bundle.name_zh.description")
        String name_zh();

        @AttributeDefinition(name = "%bundle.name_en", description = "%bundle.name_en.description")
        String name_en();

        @AttributeDefinition(name = "%bundle.items", description = "%bundle.items.description")
        String[] items();
    }

    private final SettledConfiguration<JointApplication> configuration;

    @Activate
    public JointApplicationDefinition(@Reference HallConfiguration configurations, Map<String, Object> properties) {
        configuration = new SettledConfiguration<>(configurations, JointApplicationDefinition::read, properties);
    }

    @Modified
    void configure(Map<String, Object> properties) {
        configuration.take(properties);
    }

    @Deactivate
    void withdraw() {
        configuration.withdraw();
    }

    /** The joint application a configuration describes, or null when it lacks a valid code, name or items. */
    static JointApplication read(ConfigurationReader read) {
        String code = read.matching("code", CODE, Bilingual.of("形如 ONE-OPEN-BIZ 的代码", "a code like ONE-OPEN-BIZ"));
        String zh = read.required("name.zh");
        String en = read.required("name.en");
        List<String> items = read.list("items", "");
        if (items.size() < 2) {
            read.refuse("items", String.join(", ", items), Bilingual.of("两个或以上事项代码",
                    "two or more item codes"));
        }
        return code.isEmpty() || zh.isEmpty() || en.isEmpty() || items.size() < 2 ? null
                : new JointApplication(code, Bilingual.of(zh, en), items);
    }

    /** The joint application in service, if its configuration ever gave one. */
    public Optional<JointApplication> jointApplication() {
        return Optional.ofNullable(configuration.value());
    }
}
