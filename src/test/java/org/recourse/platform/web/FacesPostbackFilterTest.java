package org.recourse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Faces postbacks by link")
class FacesPostbackFilterTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "null", value = {
            "null, false",
            "'', false",
            "content=demo-03, false",
            "content=demo-03&lang=fr, false",
            "report=report&locations=x&jakarta.faces.ViewState=stateless, true",
            "jakarta.faces.ViewState, true",
            "jakarta%2Efaces%2EViewState=stateless, true",
            "javax.faces.ViewState=1, true",
            "jakarta.faces.source=send&jakarta.faces.partial.ajax=true, true",
            "ln=primefaces&v=15.0.13, false",
            "x=%zz&jakarta.faces.ViewState=1, true"})
    @DisplayName("a query string naming any of JSF's own parameters is a postback")
    void carriesPostback(String query, boolean expected) {
        assertThat(FacesPostbackFilter.carriesPostback(query)).isEqualTo(expected);
    }
}
