package org.recourse.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Wiring services by hand outside the container, for tests that run a service's real code over {@link JpaDatabase}:
 * a field the container would inject is set by name, and events are kept instead of observed.
 */
public final class Wiring {

    private Wiring() {
    }

    /** Sets the field {@code name} of {@code bean} (declared by its class or a superclass) to {@code value}. */
    public static <T> T set(T bean, String name, Object value) {
        for (Class<?> type = bean.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(bean, value);
                return bean;
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(bean.getClass().getSimpleName() + " has no field " + name);
    }

    /** An event that keeps what is fired, for no observer; optionally doing what an observer would do on each. */
    public static final class KeptEvents<T> implements Event<T> {

        private final List<T> fired = new ArrayList<>();
        private final java.util.function.Consumer<T> observer;

        public KeptEvents() {
            this(event -> { });
        }

        public KeptEvents(java.util.function.Consumer<T> observer) {
            this.observer = observer;
        }

        public List<T> fired() {
            return fired;
        }

        @Override
        public void fire(T event) {
            fired.add(event);
            observer.accept(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            fired.add(event);
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return fireAsync(event);
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            return (Event<U>) this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            return (Event<U>) this;
        }
    }
}
