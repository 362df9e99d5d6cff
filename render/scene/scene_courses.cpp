// attach_courses() and apply_courses() of compose_map.hpp: the legs' courses, computed once
// per run, given to each scene that draws the legs.

#include "render/scene/compose_map.hpp"

#include "render/project/scale.hpp"

namespace cm {

double course_generalise_km(const MapPlan& plan, const Style& style) {
    return style.routes.generalise_mm * kPtPerMm * scale_at_centre(plan.projection, plan.frame);
}

void apply_courses(Scene& scene, const CourseTable& courses) {
    for (SceneRoute& r : scene.routes) {
        const LegCourse* course = courses.find(course_key(r.place_ids, r.course_kind));
        if (!course)
            continue;
        r.course = course->line;
        r.course_room_left_km = course->room_left_km;
        r.course_room_right_km = course->room_right_km;
    }
}

void attach_courses(MapPlan& plan, CourseTable courses) {
    apply_courses(plan.scene, courses);
    plan.courses = std::make_shared<const CourseTable>(std::move(courses));
}

}  // namespace cm
