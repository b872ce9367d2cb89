package org.recourse.screening.banks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Rejection rate: a partner bank is flagged above the rate set, once enough entries were reviewed")
class RejectionRateTest {

    private static final RejectionRate.Policy TWENTY_PERCENT_OF_TEN = new RejectionRate.Policy(0.2, 10);

    @ParameterizedTest(name = "{1} rejected of {0} reviewed: flagged {2}")
    @CsvSource({
        "0, 0, false",
        "9, 9, false",     // every one rejected, but too few reviewed to judge
        "10, 2, false",    // exactly 20 %: not above it
        "10, 3, true",
        "100, 20, false",
        "100, 21, true",
        "11, 3, true",     // 27 %
        "1000, 200, false"
    })
    @DisplayName("the rate is a strict threshold over at least the least number reviewed")
    void flags(long reviewed, long rejected, boolean flagged) {
        assertThat(new RejectionRate(reviewed, rejected).flags(TWENTY_PERCENT_OF_TEN)).isEqualTo(flagged);
    }

    @Test
    @DisplayName("percentages for pages and mail")
    void percentages() {
        assertThat(new RejectionRate(0, 0).percentRejected()).isZero();
        assertThat(new RejectionRate(3, 1).percentRejected()).isEqualTo(33);
        assertThat(TWENTY_PERCENT_OF_TEN.percent()).isEqualTo(20);
    }

    @Test
    @DisplayName("impossible records and settings are refused")
    void refused() {
        assertThatThrownBy(() -> new RejectionRate(1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RejectionRate(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RejectionRate.Policy(1.0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RejectionRate.Policy(Double.NaN, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RejectionRate.Policy(0.2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
