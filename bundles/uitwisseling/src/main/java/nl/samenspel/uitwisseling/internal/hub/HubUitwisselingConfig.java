package nl.samenspel.uitwisseling.internal.hub;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@value #PID}: the hub side of the exchange; the feature samenspel-hub carries it, so only a hub receives batches. */
@ObjectClassDefinition(name = "Samenspel uitwisseling (hub)", description = "Receiving batches from the nodes and handing out statements")
public @interface HubUitwisselingConfig {

    String PID = "nl.samenspel.uitwisseling.hub";

    @AttributeDefinition(name = "Grootste batch (MiB)", description = "A larger batch is refused with 413", min = "1", max = "1024")
    int maximaleBatchMiB() default 64;
}
