# Tests of the demo network's server (core/demo/server*, http*, oauth*, faults*, certs*, ...):
# real HTTP through QNetworkAccessManager to the server in the same process, ephemeral ports.
set(_renkei_demo_fixture demoserverfixture.cpp demoserverfixture.h)
foreach(_name IN ITEMS Http Fhir OAuth Faults Tls)
    string(TOLOWER ${_name} _lower)
    renkei_add_test(TestDemo${_name}
        SOURCES testdemo${_lower}.cpp ${_renkei_demo_fixture}
        LIBS renkei_demo Qt6::Network
        LABELS core
        TIMEOUT 300)
endforeach()

# The demo network as `renkei --demo` runs it: generated on a worker thread, then served.
renkei_add_test(TestDemoNetwork SOURCES tst_demonetwork.cpp LIBS renkei_demo Qt6::Network
    LABELS core TIMEOUT 120)

# DemoSignIn: the browser stand-in of the demo's automatic sign-in.
renkei_add_test(TestDemoSignIn SOURCES testdemosignin.cpp ${_renkei_demo_fixture}
    LIBS renkei_demo Qt6::Network LABELS core TIMEOUT 120)
