/**
 * The shared kernel: the few types every feature uses — the campaign's clock and calendar (Quarter), venues and
 * themes of the plan, the exceptions a user can be shown, and the process-variable contract (kernel.process). It
 * depends on no other module; it is open, so its sub-package is usable everywhere.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package cn.qijin.kernel;

import org.springframework.modulith.ApplicationModule;
