#include <iostream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

int main() {
    std::string file;
    std::getline(std::cin, file);
    pid_t pid = fork();
    if (pid == 0) {
        execlp("gzip", "gzip", "-k", "--", file.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WEXITSTATUS(status);
}
