package nl.samenspel.rest.internal;

import org.osgi.service.component.annotations.Reference;
import nl.samenspel.rest.JaxrsPoort;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.Priority;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Priorities;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import nl.samenspel.rest.JsonInvoer;
import nl.samenspel.rest.Problem;
import nl.samenspel.rest.SamenspelApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * A query parameter the operation does not know is refused with 400, naming it and the ones the
 * operation knows: a misspelt {@code ?jar=2016} would otherwise silently give this year's figures.
 * Known are the {@code @QueryParam}s of the matched method, of its {@code @BeanParam}s, and of the
 * resource class's fields and setters. Runs after matching and after authentication, so a caller
 * without access learns no parameter names. A name that could be a value is not repeated
 * ({@link JsonInvoer#veldnaam}); a value never is.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(SamenspelApi.APPLICATION_SELECT)
// CXF keeps one filter per priority (docs/architecture.md): authentication is 1000, this one its own 2500
@Priority(ParameterFilter.PRIORITEIT)
public class ParameterFilter implements ContainerRequestFilter {

    /** Registered only once the whiteboard runs and boot is done: see {@link JaxrsPoort} (Aries 2.0.2 start race). */
    @Reference
    private JaxrsPoort poort;

    static final int PRIORITEIT = Priorities.AUTHORIZATION + 500;
    static final String TITEL = "Onbekende parameter";

    /** Filled by CXF per request (a thread-local proxy in a singleton). */
    @Context
    private ResourceInfo resourceInfo;

    private final Map<Method, Set<String>> bekend = new ConcurrentHashMap<>();

    public ParameterFilter() {
    }

    /** For tests, outside a container. */
    ParameterFilter(ResourceInfo resourceInfo) {
        this.resourceInfo = resourceInfo;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method methode = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (methode == null) {
            return; // nothing matched (an automatic OPTIONS, a 404 on its way): nothing to compare with
        }
        Class<?> klasse = resourceInfo.getResourceClass() == null ? methode.getDeclaringClass() : resourceInfo.getResourceClass();
        Set<String> toegestaan = bekend.computeIfAbsent(methode, m -> bekendeNamen(m, klasse));
        Set<String> onbekend = new TreeSet<>();
        for (String naam : request.getUriInfo().getQueryParameters().keySet()) {
            if (!toegestaan.contains(naam)) {
                onbekend.add(JsonInvoer.veldnaam(naam));
            }
        }
        if (!onbekend.isEmpty()) {
            request.abortWith(weigering(onbekend, toegestaan));
        }
    }

    static Response weigering(Set<String> onbekend, Set<String> toegestaan) {
        String reden = toegestaan.isEmpty() ? "deze bewerking kent geen queryparameters"
                : "onbekende queryparameter; bekend: " + String.join(", ", toegestaan);
        List<Problem.InvalidParam> fouten = onbekend.stream().map(n -> new Problem.InvalidParam(n, reden)).toList();
        String detail = (onbekend.size() == 1 ? "onbekende queryparameter " : "onbekende queryparameters ") + String.join(", ", onbekend)
                + (toegestaan.isEmpty() ? "; deze bewerking kent geen queryparameters" : "; bekend: " + String.join(", ", toegestaan));
        return Problemen.response(400, TITEL, detail, fouten);
    }

    /** The query parameter names of a resource method: its parameters', its bean parameters' and its class's. */
    static java.util.SortedSet<String> bekendeNamen(Method methode, Class<?> klasse) {
        java.util.SortedSet<String> namen = new TreeSet<>();
        Method bron = geannoteerd(methode);
        Annotation[][] perParameter = bron.getParameterAnnotations();
        Class<?>[] typen = bron.getParameterTypes();
        for (int i = 0; i < perParameter.length; i++) {
            for (Annotation a : perParameter[i]) {
                if (a instanceof QueryParam q) {
                    namen.add(q.value());
                } else if (a instanceof BeanParam) {
                    vanKlasse(typen[i], namen, new ArrayList<>());
                }
            }
        }
        vanKlasse(klasse, namen, new ArrayList<>());
        return java.util.Collections.unmodifiableSortedSet(namen);
    }

    /** Fields and setters of a class and its superclasses with {@code @QueryParam}, and {@code @BeanParam}s within, once each. */
    private static void vanKlasse(Class<?> klasse, Set<String> namen, List<Class<?>> gezien) {
        for (Class<?> k = klasse; k != null && k != Object.class && !gezien.contains(k); k = k.getSuperclass()) {
            gezien.add(k);
            List<AnnotatedElement> leden = new ArrayList<>(List.of(k.getDeclaredFields()));
            leden.addAll(List.of(k.getDeclaredMethods()));
            for (AnnotatedElement lid : leden) {
                QueryParam q = lid.getAnnotation(QueryParam.class);
                if (q != null) {
                    namen.add(q.value());
                }
                if (lid.isAnnotationPresent(BeanParam.class)) {
                    Class<?> type = lid instanceof Field f ? f.getType() : ((Method) lid).getParameterCount() == 1
                            ? ((Method) lid).getParameterTypes()[0] : null;
                    if (type != null) {
                        vanKlasse(type, namen, gezien);
                    }
                }
            }
        }
    }

    /**
     * The method that carries the JAX-RS annotations: the method itself, or else the one it
     * overrides in a superclass or interface (JAX-RS annotation inheritance).
     */
    private static Method geannoteerd(Method methode) {
        if (heeftParameterannotaties(methode)) {
            return methode;
        }
        Collection<Class<?>> boven = new ArrayList<>();
        for (Class<?> k = methode.getDeclaringClass(); k != null; k = k.getSuperclass()) {
            if (k != methode.getDeclaringClass()) {
                boven.add(k);
            }
            boven.addAll(List.of(k.getInterfaces()));
        }
        for (Class<?> k : boven) {
            try {
                Method m = k.getDeclaredMethod(methode.getName(), methode.getParameterTypes());
                if (heeftParameterannotaties(m)) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // not declared there; look further up
            }
        }
        return methode;
    }

    private static boolean heeftParameterannotaties(Method methode) {
        for (Annotation[] annotaties : methode.getParameterAnnotations()) {
            for (Annotation a : annotaties) {
                if (a.annotationType().getPackageName().equals("javax.ws.rs")) {
                    return true;
                }
            }
        }
        return false;
    }
}
