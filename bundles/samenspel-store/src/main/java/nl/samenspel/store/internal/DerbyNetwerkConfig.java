package nl.samenspel.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Samenspel Derby network server",
        description = "Lets reporting tools reach the embedded database over the Derby network protocol. Off by default.")
@interface DerbyNetwerkConfig {

    @AttributeDefinition(name = "Enabled", description = "Start the Derby network server")
    boolean network_enabled() default false;

    @AttributeDefinition(name = "Host", description = "Address to listen on; keep it on loopback unless Derby authentication is configured")
    String network_host() default "127.0.0.1";

    @AttributeDefinition(name = "Port", min = "1", max = "65535")
    int network_port() default 1527;
}
