package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in: atlassian-spring-scanner-annotation. Exports a component as an OSGi service under the given
 * interfaces. The real annotation also has {@code ServiceProperty[] properties() default {}}, which the plugin
 * does not use and which is left out.
 */
@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
    Class<?>[] value() default {};
}
