package org.xinfang.petition.process;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Reads what an engine command carries: the task it acts on, the user it names, the input it sets. The engine
 * keeps these in protected fields of its command classes and offers no getters; a field that is missing (an engine
 * upgrade renamed it) fails loudly, and the gate's tests with it.
 */
final class CommandFields {

    private CommandFields() {}

    static String text(Object command, String name) {
        return (String) read(command, name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> input(Object command, String name) {
        return (Map<String, Object>) read(command, name);
    }

    private static Object read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(
                        "Cannot read " + name + " of " + command.getClass().getName(), e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
    }
}
