# One malformed variant of the data folder through vnpolicy_datacheck (the build's data gate):
# it must fail (exit 1) with a message naming the file and the bad entry.
#   cmake -DDATACHECK=<exe> -DINPUT=<data dir> -DOUTPUT=<variant dir> -DFILE=<file in it>
#         -DFIND=<text> -DREPLACE=<text> -DEXPECT=<part of the message> -P datacheck_malformed.cmake
file(REMOVE_RECURSE "${OUTPUT}")
file(COPY "${INPUT}/" DESTINATION "${OUTPUT}")
file(READ "${OUTPUT}/${FILE}" text)
string(FIND "${text}" "${FIND}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "data/${FILE} no longer contains '${FIND}': update this test case")
endif()
string(REPLACE "${FIND}" "${REPLACE}" text "${text}")
file(WRITE "${OUTPUT}/${FILE}" "${text}")
execute_process(COMMAND "${DATACHECK}" "${OUTPUT}" RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "vnpolicy_datacheck exited with ${rc} on a malformed folder (expected 1)")
endif()
string(FIND "${err}" "${EXPECT}" found)
if(found EQUAL -1)
  message(FATAL_ERROR "the message does not name the bad entry: expected '${EXPECT}'")
endif()
