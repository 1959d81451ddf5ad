package nl.samenspel.register.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Samenspel regional register",
        description = "Where the register's configuration lives and how changes are picked up")
@interface RegisterConfig {

    @AttributeDefinition(name = "Configuration directory",
            description = "Directory with gemeenten.csv, kerncijfers.csv and regios/; relative paths are taken from karaf.home")
    String configMap() default "regional-config";

    @AttributeDefinition(name = "Watch for changes", description = "Reload automatically when a file in the directory changes")
    boolean bewaken() default true;

    @AttributeDefinition(name = "Quiet period (ms)",
            description = "Wait until no file has changed for this long before reloading, so a half-saved file is not read", min = "0")
    long rustperiodeMs() default 500;
}
