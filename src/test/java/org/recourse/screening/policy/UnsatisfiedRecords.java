package org.recourse.screening.policy;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.Iterator;
import org.recourse.screening.PerformerRecordCheck;

/** No performers feature deployed: the container's answer when nothing implements {@link PerformerRecordCheck}. */
final class UnsatisfiedRecords implements Instance<PerformerRecordCheck> {

    @Override
    public Instance<PerformerRecordCheck> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends PerformerRecordCheck> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends PerformerRecordCheck> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
        return true;
    }

    @Override
    public boolean isAmbiguous() {
        return false;
    }

    @Override
    public void destroy(PerformerRecordCheck instance) {
        // nothing was made
    }

    @Override
    public Handle<PerformerRecordCheck> getHandle() {
        throw new jakarta.enterprise.inject.UnsatisfiedResolutionException();
    }

    @Override
    public Iterable<? extends Handle<PerformerRecordCheck>> handles() {
        return Collections.emptyList();
    }

    @Override
    public Iterator<PerformerRecordCheck> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public PerformerRecordCheck get() {
        throw new jakarta.enterprise.inject.UnsatisfiedResolutionException();
    }
}
