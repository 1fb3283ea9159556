# Runs relais-bench at a tiny scale and checks that the JSON names every measure
# with its six fields. No figure is checked: timings are for the benchmark run.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(
    COMMAND "${BENCH}" --people 200 --interventions 2000 --seed 7 --runs 1 --cache "${WORK}/cache"
            --json "${WORK}/bench.json"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "relais-bench failed (${result}):\n${output}\n${errors}")
endif()
file(READ "${WORK}/bench.json" json)
foreach(measure unlock_ms search_p50_ms search_p95_ms client_file_ms dashboard_ms report_floor_year_ms
        report_year_ms report_year_encryption_ms report_all_years_ms report_pdf_ms import_interventions_per_s
        gui_peak_resident_mb)
    foreach(field value unit baseline ratio target met)
        string(JSON ignored ERROR_VARIABLE missing GET "${json}" ${measure} ${field})
        if(missing)
            message(FATAL_ERROR "bench.json: ${measure}.${field} missing: ${missing}\n${json}")
        endif()
    endforeach()
endforeach()
