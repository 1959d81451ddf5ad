package nl.samenspel.node.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Samenspel node", description = "Which municipality this node belongs to and where its hub is")
@interface KnooppuntConfig {

    @AttributeDefinition(name = "Gemeente", description = "CBS gemeentecode of this node's municipality (4 digits)")
    String gemeente();

    @AttributeDefinition(name = "Hub URL", description = "Base URL of the Zwolle hub")
    String hubUrl();
}
