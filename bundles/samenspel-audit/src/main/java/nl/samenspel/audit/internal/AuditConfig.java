package nl.samenspel.audit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Samenspel audit log",
        description = "How long audit records are kept (BIO2 8.15.01) and how often old ones are removed")
@interface AuditConfig {

    @AttributeDefinition(name = "Retention (days)",
            description = "Records older than this are removed; the chain keeps an anchor where what remains starts", min = "1")
    int bewaartermijnDagen() default 730;

    @AttributeDefinition(name = "Cleanup interval (minutes)",
            description = "How often retention runs, the first time right after start; 0 turns automatic cleanup off", min = "0")
    long opruimIntervalMinuten() default 1440;
}
