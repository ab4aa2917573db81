/**
 * Loads a native agent into a running JVM (bench/profile with PROFILER=async: async-profiler's
 * start and stop, after the warm-up). jcmd's JVMTI.agent_load cannot pass async-profiler's options,
 * which contain '='. Run: java bench/Attach.java PID AGENT.so OPTIONS
 */
public class Attach {
    public static void main(String[] args) throws Exception {
        var vm = com.sun.tools.attach.VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
