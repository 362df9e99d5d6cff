# Strict warnings for campaignmap's own targets; sanitizers on request.
function(cm_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(CM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(CM_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
