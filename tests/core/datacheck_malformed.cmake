# One malformed variant of data/policy.toml through vnpolicy_datacheck (the build's data gate):
# it must fail (exit 1) with a message naming the bad entry.
#   cmake -DDATACHECK=<exe> -DINPUT=<policy.toml> -DOUTPUT=<variant.toml> -DFIND=<text>
#         -DREPLACE=<text> -DEXPECT=<part of the message> -P datacheck_malformed.cmake
file(READ "${INPUT}" text)
string(FIND "${text}" "${FIND}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "data/policy.toml no longer contains '${FIND}': update this test case")
endif()
string(REPLACE "${FIND}" "${REPLACE}" text "${text}")
file(WRITE "${OUTPUT}" "${text}")
execute_process(COMMAND "${DATACHECK}" "${OUTPUT}" RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "vnpolicy_datacheck exited with ${rc} on a malformed file (expected 1)")
endif()
string(FIND "${err}" "${EXPECT}" found)
if(found EQUAL -1)
  message(FATAL_ERROR "the message does not name the bad entry: expected '${EXPECT}'")
endif()
