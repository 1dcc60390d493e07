package org.parkhall.core.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.Map;

/** A component's configuration annotation as DS would hand it over: the given values, else the defaults. */
public final class ComponentConfig {
    private ComponentConfig() {
    }

    public static <A extends Annotation> A of(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            Object value = values.containsKey(method.getName()) ? values.get(method.getName())
                    : method.getDefaultValue();
            if (value == null) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + method.getName() + " has no value");
            }
            return value;
        }));
    }
}
