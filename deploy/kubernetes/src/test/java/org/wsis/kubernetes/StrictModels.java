package org.wsis.kubernetes;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * fabric8 and Strimzi models keep a field they do not know in {@code additionalProperties} instead of
 * failing: a misspelt or misplaced field would pass unnoticed and be dropped (or refused) by the API
 * server. This walks a parsed model and lists every such field with its path.
 */
final class StrictModels {

    private StrictModels() {
    }

    static List<String> unknownFields(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, model.getClass().getSimpleName(), found);
        return found;
    }

    private static void walk(Object node, String path, List<String> found) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "." + key, found));
            return;
        }
        if (!isModel(node.getClass())) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> found.add(path + "." + key));
                }
            } else {
                walk(value, path + "." + property(getter), found);
            }
        }
    }

    /** Only the models' own classes are walked; free-form maps (a Kafka config) are walked as maps of values. */
    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.fabric8.kubernetes.api.model") || name.startsWith("io.fabric8.openshift.api.model")
                || name.startsWith("io.strimzi.api.kafka.model");
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(getter + ": " + e, e);
        }
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
