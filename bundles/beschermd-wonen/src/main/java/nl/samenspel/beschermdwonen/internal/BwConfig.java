package nl.samenspel.beschermdwonen.internal;

import nl.samenspel.module.Moduleimport;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Samenspel beschermd wonen", description = "The protected-housing module: its region and where refused files are kept")
public @interface BwConfig {

    String PID = "nl.samenspel.beschermdwonen";

    @AttributeDefinition(name = "Regio", description = "Id of the protected-housing region (regional-config/regios/)")
    String regio() default "beschermd-wonen-zwolle";

    @AttributeDefinition(name = Moduleimport.AFGEWEZEN_MAP, description = Moduleimport.AFGEWEZEN_MAP_UITLEG + "beschermd-wonen/afgewezen")
    String afgewezenMap() default "";
}
