package io.singlepoint.cli.notify;

import java.util.Arrays;
import java.util.Iterator;

import io.singlepoint.core.notify.Stage;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --stage}: a stage by its id, the list of ids when it is none. */
final class StageConverter implements ITypeConverter<Stage> {

    @Override
    public Stage convert(String value) {
        try {
            return Stage.of(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a stage: write " + Stage.ids());
        }
    }

    /** The ids, for help and completion. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Stage.values()).map(Stage::id).iterator();
        }
    }
}
